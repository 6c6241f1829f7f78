import { describe, expect, test } from 'vitest';
import type { Category, Severity } from './types';
import { resolveOverlaps, type ScoredFinding } from './overlap';

const item = (type: string, start: number, end: number, severity: Severity, confidence: number, placeholder: string | null = 'X', category: Category = 'secret'): ScoredFinding => ({
  placeholder,
  finding: { type, category, severity, confidence, start, end, explanation: { detector: type, rule: 'r', baseScore: confidence, context: [] } },
});
const pii = (type: string, start: number, end: number, severity: Severity, confidence: number): ScoredFinding => item(type, start, end, severity, confidence, 'P', 'pii');
const spans = (items: ScoredFinding[]) => resolveOverlaps(items).map((i) => [i.finding.type, i.finding.start, i.finding.end]);
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
    ['a secret beats a more confident PII value over the same text', [pii('url', 0, 40, 'low', 0.6), item('webhook', 10, 40, 'low', 0.25)], ['webhook']],
    ['a secret beats a more severe PII value', [pii('email', 5, 25, 'medium', 0.9), item('uri', 0, 30, 'low', 0.25)], ['uri']],
    ['PII overlapping two secrets is dropped, both secrets kept', [pii('url', 0, 40, 'low', 0.9), item('a', 5, 10, 'high', 0.9), item('b', 20, 30, 'high', 0.9)], ['a', 'b']],
    ['PII values still resolve among themselves by rank', [pii('person', 0, 10, 'low', 0.5), pii('email', 0, 20, 'medium', 0.9)], ['email']],
    ['disjoint PII and secret both kept', [pii('email', 0, 10, 'medium', 0.9), item('aws', 11, 31, 'critical', 1)], ['email', 'aws']],
  ])('%s', (_name, items, expected) => {
    expect(kept(items)).toEqual(expected);
  });

  test.each([
    ['a URL around a token: the secret grows over the whole URL', [pii('url', 0, 40, 'low', 0.6), item('webhook', 10, 40, 'low', 0.25)], [['webhook', 0, 40]]],
    ['an e-mail address whose local part is the secret', [item('token', 0, 12, 'high', 0.7), pii('email', 0, 24, 'medium', 0.9)], [['token', 0, 24]]],
    ['PII inside the secret leaves its span as it was', [item('key', 0, 40, 'high', 0.8), pii('person', 13, 25, 'low', 0.6)], [['key', 0, 40]]],
    ['a widened secret then excludes the next PII value', [item('a', 10, 20, 'high', 0.9), pii('url', 0, 15, 'low', 0.9), pii('person', 2, 6, 'low', 0.5)], [['a', 0, 20]]],
    ['a secret never grows over another secret', [item('a', 10, 20, 'high', 0.9), item('b', 15, 40, 'medium', 0.9)], [['a', 10, 20]]],
  ])('%s', (_name, items, expected) => {
    expect(spans(items)).toEqual(expected);
  });

  test('a widened secret says why its span grew', () => {
    const [kept] = resolveOverlaps([pii('email', 0, 24, 'medium', 0.9), item('token', 0, 12, 'high', 0.7)]);
    expect(kept?.finding.explanation.note).toBe('span widened over an overlapping email');
  });

  test('is order-independent', () => {
    const items = [item('a', 0, 10, 'high', 0.7), item('b', 5, 15, 'high', 0.7), item('c', 12, 20, 'critical', 0.5), pii('url', 0, 30, 'low', 0.9), pii('email', 40, 50, 'low', 0.9)];
    expect(kept(items)).toEqual(kept([...items].reverse()));
  });
});
