import type { Policy, PolicyKey } from './policy';
import { isPolicyKey, POLICY_KEYS } from './policy';
import { POLICY_SCHEMA } from './schema';
import { validateField } from './validate-field';

export interface PolicyIssue {
  readonly source: 'managed' | 'local';
  /** The policy key, or the unknown key as given. */
  readonly key: string;
  readonly message: string;
}

export interface ValidatedPolicy {
  readonly values: Partial<Policy>;
  /** Keys present but refused as a whole. */
  readonly invalidKeys: readonly PolicyKey[];
  readonly issues: readonly PolicyIssue[];
}

/**
 * Validates a policy key by key: a bad value rejects that key only, and list entries that stand on
 * their own (custom detectors, allow patterns, host lists) are skipped one by one.
 */
export function validatePolicy(raw: unknown, source: 'managed' | 'local'): ValidatedPolicy {
  const values: Record<string, unknown> = {};
  const invalidKeys: PolicyKey[] = [];
  const issues: PolicyIssue[] = [];
  if (raw === undefined || raw === null) return { values, invalidKeys, issues };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { values, invalidKeys, issues: [{ source, key: '(policy)', message: 'the policy must be an object of keys' }] };
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!isPolicyKey(key)) {
      issues.push({ source, key: key.slice(0, 60), message: `unknown key; known keys: ${POLICY_KEYS.join(', ')}` });
      continue;
    }
    if (value === null && POLICY_SCHEMA[key].default === null) continue;
    const outcome = validateField(POLICY_SCHEMA[key], value);
    if ('error' in outcome) {
      invalidKeys.push(key);
      issues.push({ source, key, message: outcome.error });
      continue;
    }
    values[key] = outcome.value;
    for (const message of outcome.itemErrors) issues.push({ source, key, message });
  }
  return { values: values as Partial<Policy>, invalidKeys, issues };
}
