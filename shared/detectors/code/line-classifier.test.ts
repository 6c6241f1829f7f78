import { describe, expect, test } from 'vitest';
import { isCodeLine } from './line-classifier';

describe('line classifier', () => {
  // First words are looked up in place, case-insensitively and whole: `PASS` is a statement,
  // `passed` and `namespaces` are not keywords, a word past 12 characters is none.
  test.each([
    ["import os", true],
    ["IMPORT os", true],
    ["Return the totals in a table.", false],
    ["return x", false],
    ["pass", true],
    ["PASS", true],
    ["passed", false],
    ["fi", true],
    ["end", true],
    ["endless", false],
    ["#include <stdio.h>", true],
    ["#!/bin/sh", false],
    ["__init__(self)", true],
    ["namespace Foo", false],
    ["namespaces are nice", false],
    ["x = 1", false],
    ["a => b", true],
    ["see: https://example.com", false],
    ["Hello world", false],
    ["if (x) {", true],
    ["If you can, help.", false],
    ["self.x", false],
    ["protectedX = 1", false],
    ["abcdefghijklmnop(x);", true],
  ])('%j is code: %s', (line, expected) => {
    expect(isCodeLine(line, 0, line.length, false)).toBe(expected);
  });

  test('reads only its range of the text', () => {
    const text = 'prose x = 1; prose';
    expect(isCodeLine(text, 6, 12, false)).toBe(true);
    expect(isCodeLine(text, 0, 5, false)).toBe(false);
  });
});
