import { describe, expect, test } from 'vitest';
import type { Severity } from './types';
import { resolveOverlaps, type ScoredFinding } from './overlap';

const item = (type: string, start: number, end: number, severity: Severity, confidence: number, placeholder: string | null = 'X'): ScoredFinding => ({
  placeholder,
  finding: { type, category: 'secret', severity, confidence, start, end, explanation: { detector: type, rule: 'r', baseScore: confidence, context: [] } },
});
const kept = (items: ScoredFinding[]) => resolveOverlaps(items).map((i) => i.finding.type);

describe('resolveOverlaps', () => {
  test.each([
    ['same span: more severe wins', [item('generic', 0, 20, 'high', 0.9), item('aws', 0, 20, 'critical', 0.8)], ['aws']],
    ['same severity: more confident wins', [item('a', 0, 20, 'high', 0.6), item('b', 0, 20, 'high', 0.9)], ['b']],
    ['containing value wins when more severe', [item('password', 10, 14, 'high', 0.9), item('conn', 0, 30, 'critical', 0.9)], ['conn']],
    ['disjoint values both kept', [item('a', 0, 5, 'high', 0.9), item('b', 5, 9, 'high', 0.9)], ['a', 'b']],
    ['signals coexist with values', [item('code', 0, 100, 'low', 0.9, null), item('aws', 10, 30, 'critical', 1)], ['code', 'aws']],
    ['same span signal from two detectors collapses', [item('x', 0, 9, 'high', 0.9, null), item('y', 0, 9, 'medium', 0.9, null)], ['x']],
    ['overlapping signals of one type collapse', [item('x', 0, 9, 'high', 0.9, null), item('x', 5, 20, 'high', 0.8, null)], ['x']],
  ])('%s', (_name, items, expected) => {
    expect(kept(items)).toEqual(expected);
  });

  test('is order-independent', () => {
    const items = [item('a', 0, 10, 'high', 0.7), item('b', 5, 15, 'high', 0.7), item('c', 12, 20, 'critical', 0.5)];
    expect(kept(items)).toEqual(kept([...items].reverse()));
  });
});
