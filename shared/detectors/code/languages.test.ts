import { describe, expect, test } from 'vitest';
import { guessLanguage } from './languages';

describe('language guess', () => {
  test.each([
    ['def f(self):\n    print(self.x)', undefined, 'python'],
    ['const f = (a) => a;\nconsole.log(f(1));', undefined, 'javascript'],
    ['x = 1', 'ts', 'typescript'],
    ['x = 1', 'PY', 'python'],
    // Fence info strings are looked up as own keys only: Object.prototype members are no language.
    ['x = 1', 'constructor', 'unknown'],
    ['x = 1', '__proto__', 'unknown'],
    ['x = 1', 'toString', 'unknown'],
  ])('%j (fence %j) is %s', (block, fence, expected) => {
    expect(guessLanguage(block, block.toLowerCase(), 0, block.length, fence)).toBe(expected);
  });

  test('reads only the block, in place', () => {
    const text = 'def f(self):\n    print(self.x)\n---\nconst f = (a) => a;\nconsole.log(f(1));';
    const cut = text.indexOf('---');
    expect(guessLanguage(text, text.toLowerCase(), 0, cut)).toBe('python');
    expect(guessLanguage(text, text.toLowerCase(), cut + 4, text.length)).toBe('javascript');
  });
});
