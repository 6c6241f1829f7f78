import { describe, expect, test, vi } from 'vitest';
import type { Detector, DetectorInput, ResolvedScanOptions } from '../../../engine/types';
import { hasDigitRun, longestDigitRun } from './digit-gate';
import { memoised } from './memo';

const input = (text: string): DetectorInput => ({ text, lower: text.toLowerCase(), options: {} as ResolvedScanOptions });
const fake = (id: string, start: number): Detector => ({
  id, category: 'pii', description: id, validation: '', severity: 'low', placeholder: 'X',
  detect: vi.fn(() => [{ start, end: start + 1, rule: id, confidence: 1 }]),
});

describe('memoised', () => {
  test('runs a detector once per input and keeps each detector in its own slot', () => {
    const a = fake('a', 0);
    const b = fake('b', 1);
    const [ma, mb] = [memoised(a), memoised(b)];
    const one = input('text');
    const first = ma.detect(one);
    expect(ma.detect(one)).toBe(first);
    expect(mb.detect(one)[0]?.rule).toBe('b');
    expect(first[0]?.rule).toBe('a');
    expect(a.detect).toHaveBeenCalledTimes(1);
    ma.detect(input('text'));
    expect(a.detect).toHaveBeenCalledTimes(2);
  });
});

describe('digit gate', () => {
  test.each([
    ['no digits here', 0],
    ['i = 0; j = 1', 1],
    ['INTERVAL 30 DAY', 2],
    ['call 555-0100 now', 4],
    ['12 345 678 and 1234567', 7],
    ['PESEL 44051401458', 11],
    ['x'.repeat(10) + '9'.repeat(40), 16],
  ])('%j: longest run %i', (text, longest) => {
    expect(longestDigitRun(input(text))).toBe(longest);
  });

  test('gates on the run length', () => {
    const one = input('card 4111 1111');
    expect(hasDigitRun(one, 4)).toBe(true);
    expect(hasDigitRun(one, 5)).toBe(false);
  });
});
