/**
 * The repeat skip (repeat-skip.ts): where it lets the anchor sweep jump, and that it never jumps
 * past a change in the text or a rule that may turn live. The sweep's visits with and without it
 * are compared in anchor-index.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../../random/mulberry32';
import { MAX_PERIOD, periodBefore, periodicUntil, repeatSkip } from './repeat-skip';

/** `length` random letters: no shorter period inside. */
function noise(length: number, seed: number): string {
  const rand = mulberry32(seed);
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join('');
}

const UNIT = 'api_key=sk_live_4eC39HqLyjWDarjtT1zdp7dc ';
const REACH = [8, 24] as const;

describe('period before a position', () => {
  test.each([
    ['a repeated token', UNIT.repeat(100), 3_000, UNIT.length],
    ['one repeated character', 'a'.repeat(500), 400, 1],
    ['a longer repeat', noise(301, 1).repeat(10), 2_000, 301],
  ])('%s', (_name, text, b, p) => {
    expect(periodBefore(text, b)).toBe(p);
  });

  test('none in text that does not repeat, nor beyond the longest period', () => {
    const prose = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
    expect(periodBefore(prose, 1_500)).toBe(0);
    const long = noise(MAX_PERIOD + 1, 2).repeat(4);
    expect(periodBefore(long, 3 * (MAX_PERIOD + 1))).toBe(0);
    expect(periodBefore(noise(MAX_PERIOD, 2).repeat(4), 3 * MAX_PERIOD)).toBe(MAX_PERIOD);
  });
});

describe('periodic stretch', () => {
  test('ends at the first character that breaks the period, or a little before it', () => {
    for (const change of [500, 777, 2_000, 4_095]) {
      const text = UNIT.repeat(120).slice(0, change) + '#' + UNIT.repeat(10);
      const until = periodicUntil(text, 200, UNIT.length, text.length);
      expect(until).toBeLessThanOrEqual(change);
      expect(until).toBeGreaterThan(change - 17);
    }
  });

  test('misses no change at the edge of a comparison', () => {
    for (let change = 200; change < 1_400; change++) {
      const text = UNIT.repeat(40).slice(0, change) + '#' + UNIT.repeat(10);
      expect(periodicUntil(text, 200, UNIT.length, text.length), String(change)).toBeLessThanOrEqual(change);
    }
  });

  test('runs to the end of a text that keeps repeating', () => {
    const text = UNIT.repeat(300);
    expect(periodicUntil(text, 100, UNIT.length, text.length)).toBe(text.length);
  });
});

describe('repeat skip', () => {
  const text = UNIT.repeat(500);
  const end = text.length;
  const done = (): Int32Array => Int32Array.of(end, 0);

  test('jumps whole periods, stopping short of the end by the reach ahead', () => {
    const to = repeatSkip(text, 2_000, 4_000, done(), REACH);
    expect(to).toBeGreaterThan(4_000);
    expect((to - 4_000) % UNIT.length).toBe(0);
    expect(to + REACH[1]).toBeLessThanOrEqual(end);
    expect(to + REACH[1] + UNIT.length).toBeGreaterThan(end);
  });

  test('stops a period and the reach before a change', () => {
    const changed = text.slice(0, 12_345) + 'ghp_' + text.slice(12_349);
    const to = repeatSkip(changed, 2_000, 4_000, done(), REACH);
    expect(to).toBeGreaterThan(4_000);
    expect(to + REACH[1]).toBeLessThanOrEqual(12_345);
  });

  test('does not jump when the characters a position reads before it break the period', () => {
    // Past the characters the period is found by, but within what the sweep reads back from `b`.
    const changed = text.slice(0, 3_920) + '#' + text.slice(3_921);
    expect(repeatSkip(changed, 2_000, 4_000, done(), [64, 24])).toBe(4_000);
    expect(repeatSkip(changed, 2_000, 4_000, done(), [8, 24])).toBeGreaterThan(4_000);
  });

  test.each([
    ['no rule is done with the text', Int32Array.of(0, 0)],
    ['a rule resumes after the reference period begins', Int32Array.of(end, 3_990)],
  ])('does not jump when %s', (_name, resume) => {
    expect(repeatSkip(text, 2_000, 4_000, resume, REACH)).toBe(4_000);
  });

  test('does not jump when the period is longer than the stretch swept', () => {
    const wide = noise(900, 3).repeat(20);
    expect(repeatSkip(wide, 3_000, 3_500, Int32Array.of(wide.length), REACH)).toBe(3_500);
    expect(repeatSkip(wide, 2_000, 4_000, Int32Array.of(wide.length), REACH)).toBeGreaterThan(4_000);
  });
});
