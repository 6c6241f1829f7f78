import { describe, expect, test } from 'vitest';
import { isCodeLine, lineShapes } from './line-classifier';

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
    ["FI", true],
    ["x", false],
    ["Elif x:", true],
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
    expect(isCodeLine(lineShapes(line), 0, line.length, false)).toBe(expected);
  });

  test('reads only its range of the text', () => {
    const text = 'prose x = 1; prose';
    expect(isCodeLine(lineShapes(text), 6, 12, false)).toBe(true);
    expect(isCodeLine(lineShapes(text), 0, 5, false)).toBe(false);
  });

  // One cursor serves all lines of a text: an operator or syntax character found for one line
  // must not answer for another, whichever order the lines are asked in.
  test('lines share one cursor, in any order', () => {
    const lines = ['Hello world', 'a => b', 'Nothing here', 'x ==', '= y', 'Call it (maybe)', 'Plain prose', 'done!'];
    const expected = [false, true, false, true, false, true, false, false];
    const text = lines.join('\n');
    const bounds = lines.map((line, i) => {
      const start = lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
      return [start, start + line.length] as const;
    });
    const shapes = lineShapes(text);
    expect(bounds.map(([s, e]) => isCodeLine(shapes, s, e, false))).toEqual(expected);
    const reversed = lineShapes(text);
    expect(bounds.map((_, i) => bounds[bounds.length - 1 - i]!).map(([s, e]) => isCodeLine(reversed, s, e, false))).toEqual([...expected].reverse());
  });
});
