import { expect, test } from 'vitest';
import { MAX_POLICY_ERRORS, mergePolicyErrors } from './policy-errors';

const issue = (key: string, message = 'bad') => ({ source: 'managed' as const, key, message });

test('records new managed problems and refreshes repeated ones', () => {
  const first = mergePolicyErrors([], [issue('mode'), { source: 'local', key: 'x', message: 'ignored' }], 1);
  expect(first).toEqual([{ kind: 'policy_error', source: 'managed', key: 'mode', message: 'bad', firstSeen: 1, lastSeen: 1 }]);
  const second = mergePolicyErrors(first, [issue('mode'), issue('rules')], 5);
  expect(second.map((r) => [r.key, r.firstSeen, r.lastSeen])).toEqual([['mode', 1, 5], ['rules', 5, 5]]);
});

test('keeps a bounded history', () => {
  const many = Array.from({ length: MAX_POLICY_ERRORS + 10 }, (_, i) => issue(`k${i}`));
  const merged = mergePolicyErrors([], many, 1);
  expect(merged).toHaveLength(MAX_POLICY_ERRORS);
  expect(merged.at(-1)?.key).toBe(`k${MAX_POLICY_ERRORS + 9}`);
});
