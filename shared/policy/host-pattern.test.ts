import { describe, expect, test } from 'vitest';
import { hostMatches, isHostPattern } from './host-pattern';

describe('host patterns', () => {
  test.each([
    ['chat.deepseek.com', true],
    ['*.example.com', true],
    ['localhost', true],
    ['*.', false],
    ['https://chat.example.com', false],
    ['chat.example.com/path', false],
    ['-bad.example.com', false],
    ['*.*.example.com', false],
    ['', false],
  ])('isHostPattern(%j) is %s', (pattern, expected) => {
    expect(isHostPattern(pattern)).toBe(expected);
  });

  test.each([
    ['chat.example.com', 'chat.example.com', true],
    ['chat.example.com', 'CHAT.example.com.', true],
    ['chat.example.com', 'x.chat.example.com', false],
    ['*.example.com', 'example.com', true],
    ['*.example.com', 'a.b.example.com', true],
    ['*.example.com', 'notexample.com', false],
    ['*.example.com', 'example.com.evil.test', false],
  ])('%s matches %s: %s', (pattern, host, expected) => {
    expect(hostMatches(pattern, host)).toBe(expected);
  });
});
