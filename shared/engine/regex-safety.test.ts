import { describe, expect, test } from 'vitest';
import { unsafeRegexReason } from './regex-safety';

describe('unsafeRegexReason', () => {
  test.each([
    ['PROJ-\\d{4}'],
    ['\\b(?:bluebird|falcon)\\b'],
    ['[A-Z]{3}-[0-9]{6}'],
    ['(ab)?c+'],
    ['cust_[a-z0-9]{8,32}'],
  ])('accepts %s', (source) => {
    expect(unsafeRegexReason(source)).toBeNull();
  });

  test.each([
    ['(a+)+$', /nested repetition/],
    ['(\\w|\\d)*x', /nested repetition/],
    ['(?:a|ab)*c', /nested repetition/],
    ['.*secret.*', /unbounded wildcard/],
    ['(a)\\1', /backreferences/],
    ['', /empty/],
    ['a'.repeat(600), /longer than/],
  ])('rejects %s', (source, reason) => {
    expect(unsafeRegexReason(source)).toMatch(reason);
  });
});
