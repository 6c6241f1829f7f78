import type { Policy } from '../policy/policy';
import type { EmployeeNotice } from '../policy/notice';
import type { EffectivePolicy } from '../policy/resolve';
import { isRecord, type MessageSpec } from './message-spec';

/** The effective policy as extension pages see it: sensitive values masked. */
export interface PolicyView extends Omit<EffectivePolicy, 'values'> {
  readonly values: Policy;
  readonly notice: EmployeeNotice;
}

export interface PolicyMessages {
  /** The policy in force, each key's source and any problems (options page, popup). */
  'policy/effective': {
    request: Record<string, never>;
    response: PolicyView;
  };
  /** The options page saves local options; the worker validates them like a managed policy. */
  'options/save': {
    request: { readonly options: Readonly<Record<string, unknown>> };
    response: PolicyView;
  };
}

export const POLICY_SPECS: { readonly [T in keyof PolicyMessages]: MessageSpec<PolicyMessages[T]['request']> } = {
  'policy/effective': { origin: 'extension-page', validate: (p) => (isRecord(p) ? {} : 'payload must be an object') },
  'options/save': {
    origin: 'extension-page',
    validate: (p) => (isRecord(p) && isRecord(p.options) ? { options: p.options } : 'options must be an object'),
  },
};
