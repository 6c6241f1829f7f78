import type { PolicyView } from '../../../shared/protocol/policy-messages';
import { employeeNotice } from '../../../shared/policy/notice';
import { POLICY_KEYS, type Policy } from '../../../shared/policy/policy';
import type { EffectivePolicy } from '../../../shared/policy/resolve';
import { POLICY_SCHEMA } from '../../../shared/policy/schema';
import type { FieldSpec } from '../../../shared/policy/field-spec';

/** Shown instead of a sensitive value (the enrollment token) on extension pages. */
export const MASK = '••••••••';

export function policyView(effective: EffectivePolicy): PolicyView {
  const values: Record<string, unknown> = { ...effective.values };
  for (const key of POLICY_KEYS) {
    const spec: FieldSpec = POLICY_SCHEMA[key];
    if (spec.sensitive && values[key] !== null) values[key] = MASK;
  }
  return { ...effective, values: values as unknown as Policy, notice: employeeNotice(effective.values) };
}
