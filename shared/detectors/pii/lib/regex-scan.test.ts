import { describe, expect, test } from 'vitest';
import { createScanner } from '../../../engine/scanner';
import { card } from '../card';
import { postcode } from '../postcode';
import { joinCandidates, MAX_MATCHES_PER_DETECTOR, scanAnchored, scanRegex } from './regex-scan';

const WORD = /\bw\d+\b/g;
const words = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
const each = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length, rule: 'w', confidence: 1 });

describe('scanRegex match cap', () => {
  test('a scan stopped with matches left unread is marked capped', () => {
    const found = scanRegex(WORD, words(12), each, 10);
    expect(found).toHaveLength(10);
    expect(found.capped).toBe(true);
  });

  test.each([9, 10])('a scan that read every one of %i matches is not capped', (n) => {
    expect(scanRegex(WORD, words(n), each, 10).capped).toBeUndefined();
  });

  test('rejected matches count against the cap: a valid value after it is unread, and said to be', () => {
    const found = scanRegex(WORD, words(12), (m) => (m[0] === 'w11' ? each(m) : null), 10);
    expect(found).toEqual([]);
    expect(found.capped).toBe(true);
  });

  test('joining passes keeps the flag of any capped pass', () => {
    const capped = scanRegex(WORD, words(12), each, 10);
    const whole = scanRegex(WORD, words(3), each, 10);
    expect(joinCandidates(whole, capped).capped).toBe(true);
    expect(joinCandidates(whole, whole).capped).toBeUndefined();
    expect(joinCandidates(whole, capped)).toHaveLength(13);
  });
});

describe('the engine counts a PII detector stopped at its cap', () => {
  // Luhn-failing card-shaped numbers fill the cap; the valid card after them is never read.
  const cards = '4111 1111 1111 1112\n'.repeat(MAX_MATCHES_PER_DETECTOR) + '4111 1111 1111 1111';

  test('card: no finding, but findingsCapped says the text was not read to the end', () => {
    const result = createScanner({ 'pii.card': card })(cards);
    expect(result.findings).toEqual([]);
    expect(result.stats.findingsCapped).toBeGreaterThan(0);
  });

  test('postcode: a capped first pass still marks the joined result', () => {
    const result = createScanner({ 'pii.postcode': postcode })('SW1A 1AA '.repeat(MAX_MATCHES_PER_DETECTOR + 1));
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.stats.findingsCapped).toBeGreaterThan(0);
  });

  test('a text under the cap is not counted', () => {
    expect(createScanner({ 'pii.card': card })('4111 1111 1111 1111').stats.findingsCapped).toBe(0);
  });
});

describe('scanAnchored', () => {
  // A look-behind-led pattern and its start finder with the look-behind moved after the first character.
  const GLOBAL = /(?<![\w+-])\+?\d{2,}(?:-\d+)*/g;
  const STICKY = new RegExp(GLOBAL.source, 'y');
  const START = /[+\d](?<![\w+-][+\d])/g;
  const spans = (found: readonly { start: number; end: number }[]) => found.map((c) => [c.start, c.end]);

  test.each(['call +44-20-7946 or 12-345, not a12 or 1-2-3', '99 +1 x+12 --34 5', '', 'no digits', '1'])('finds what the global scan finds: %j', (text) => {
    expect(spans(scanAnchored(START, STICKY, text, each))).toEqual(spans(scanRegex(GLOBAL, text, each)));
  });

  test('keeps the cap and says so', () => {
    const text = '11 22 33 44';
    expect(spans(scanAnchored(START, STICKY, text, each, { limit: 2 }))).toEqual([[0, 2], [3, 5]]);
    expect(scanAnchored(START, STICKY, text, each, { limit: 2 }).capped).toBe(true);
    expect(scanAnchored(START, STICKY, text, each, { limit: 4 }).capped).toBeUndefined();
  });

  test('matches that fail the cheap test do not count against the cap', () => {
    const text = `${'12 '.repeat(10)}3456 7890`;
    const long = (m: RegExpExecArray) => m[0].length >= 4;
    const found = scanAnchored(START, STICKY, text, each, { limit: 2, worth: long });
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(['3456', '7890']);
    expect(found.capped).toBeUndefined();
  });
});
