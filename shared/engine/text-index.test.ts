import { describe, expect, test } from 'vitest';
import { resolveOptions } from './options';
import { digitRuns, indexLines, lineAt, lineIndex } from './text-index';

const input = (text: string) => ({ text, lower: text.toLowerCase(), options: resolveOptions() });

describe('text index', () => {
  test.each([
    ['', [[0, 0]]],
    ['one', [[0, 3]]],
    ['a\nb', [[0, 1], [2, 3]]],
    ['a\r\nb\r\n', [[0, 1], [3, 4], [6, 6]]],
    ['\n\nx\n', [[0, 0], [1, 1], [2, 3], [4, 4]]],
    ['x\r', [[0, 2]]],
  ])('lines of %j', (text, expected) => {
    const lines = indexLines(text);
    expect(Array.from({ length: lines.count }, (_, i) => [lines.starts[i], lines.ends[i]])).toEqual(expected);
  });

  test('lineAt finds the line of an offset', () => {
    const lines = indexLines('ab\ncd\n\nef');
    expect([0, 2, 3, 5, 6, 7, 9].map((o) => lineAt(lines, o))).toEqual([0, 0, 1, 1, 2, 3, 3]);
  });

  test('digit runs', () => {
    expect(Array.from(digitRuns(input('a1 22 x333y')))).toEqual([1, 2, 3, 5, 7, 10]);
    expect(digitRuns(input('no digits'))).toHaveLength(0);
  });

  test('computed once per input object', () => {
    const i = input('a\nb');
    expect(lineIndex(i)).toBe(lineIndex(i));
    expect(digitRuns(i)).toBe(digitRuns(i));
    expect(lineIndex(input('a\nb'))).not.toBe(lineIndex(i));
  });
});
