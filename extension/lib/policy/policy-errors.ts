import type { PolicyIssue } from '../../../shared/policy/validate';

/** A `policy_error` record kept on the device; the sync layer sends these to the collector. */
export interface PolicyErrorRecord extends PolicyIssue {
  readonly kind: 'policy_error';
  /** First time this exact problem was seen (epoch ms). */
  readonly firstSeen: number;
  readonly lastSeen: number;
}

/** Enough history for an admin to see what was wrong without growing without bound. */
export const MAX_POLICY_ERRORS = 50;

/** Merges the current managed-policy problems into the stored list, newest last. */
export function mergePolicyErrors(
  stored: readonly PolicyErrorRecord[],
  issues: readonly PolicyIssue[],
  now: number,
): PolicyErrorRecord[] {
  const merged = [...stored];
  for (const issue of issues) {
    if (issue.source !== 'managed') continue;
    const index = merged.findIndex((r) => r.key === issue.key && r.message === issue.message);
    if (index >= 0) {
      const [record] = merged.splice(index, 1);
      merged.push({ ...record!, lastSeen: now });
    } else {
      merged.push({ kind: 'policy_error', ...issue, firstSeen: now, lastSeen: now });
    }
  }
  return merged.slice(-MAX_POLICY_ERRORS);
}
