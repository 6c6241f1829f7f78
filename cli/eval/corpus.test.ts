import { describe, expect, test } from 'vitest';
import { codePointToUtf16 } from './corpus';
import { isPlaceholderLike } from './placeholder-like';

describe('codePointToUtf16', () => {
  test.each([
    ['ascii', 'abc def', 4, 4],
    ['after an astral char', '😀 name', 2, 3],
    ['after two astral chars', '😀😀x', 2, 4],
    ['end of text', '😀x', 2, 3],
  ])('%s', (_name, text, codePoints, utf16) => {
    expect(codePointToUtf16(text)(codePoints)).toBe(utf16);
  });
});

describe('isPlaceholderLike', () => {
  test.each([
    ['AKIAZZZZZZZZZZZZZZZZ', true],
    ['aws_secret=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', true],
    ['token=${GITHUB_TOKEN}', true],
    ['ghp_4f9Kq2LmZ8xWp4RtY7vBn3HcJd1Se6Ua0Vb', false],
  ])('%s → %s', (text, expected) => {
    expect(isPlaceholderLike(text)).toBe(expected);
  });
});
