import { describe, expect, test } from 'vitest';
import { dummyValue, maskedValue, placeholderReason, templateReference } from './placeholder';

describe('placeholder policy', () => {
  test.each([
    ['AKIAIOSFODNN7EXAMPLE', true],
    ['abcd1234abcd1234abcd1234', true],
    ['1234567890abcdef', true],
    ['aaaaaaaaaaaaaaaaaaaa', true],
    ['Qm9n7xV2kq8ZP1rC4tLw0aYdE5sHjU6f', false],
    ['zyxwvutsrqponmlk', true],
    ['ppppqqqqrrrrsssstttt', true], // runs of four stepping along
    ['777888999000', true],
    ['Kx44Pq22Zm88Rt', false], // a few doubled characters in a random token
    ['aaabbb', false], // too short to say
  ])('placeholderReason(%s) → %s', (value, expected) => {
    expect(placeholderReason(value) !== null).toBe(expected);
  });

  test.each([
    ['${NPM_TOKEN}', true],
    ['<your-api-key>', true],
    ['process.env.API_KEY', true],
    ['sk_live_4eC39HqLyjWDarjtT1zdp7dc', false],
    ['{{ .Values.db.password }}', true],
    ['prefix-${DB_PASS}-suffix', true],
    ['m{{x}q)p${e]n(b[f>-_$#z}}', false],
  ])('templateReference(%s) → %s', (value, expected) => {
    expect(templateReference(value)).toBe(expected);
  });

  test.each([
    ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', true],
    ['sk-****************', true],
    ['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', false],
  ])('maskedValue(%s) → %s', (value, expected) => {
    expect(maskedValue(value)).toBe(expected);
  });

  test.each([
    ['a-fake-tooshort-key', true],
    ['not_a_real_token', true],
    ['notapassword', true],
    ['YOUR_CLIENT_SECRET_GOES_HERE', true],
    ['insert_key_here', true],
    ['ZHVtbXkgY3JlZGVudGlhbA==', true], // base64 of "dummy credential"
    ['Qm9n7xV2kq8ZP1rC4tLw0aYdE5sHjU6f', false],
    ['YWRtaW46czNjcjN0UGFzczk5', false], // base64 of a real-looking user:password
    ['00000000-0000-0000-0000-000000000000', true], // the nil UUID: unset
    ['0000000000000000', true],
    ['00000000-0000-0000-0000-000000000001', false],
  ])('dummyValue(%s) → %s', (value, expected) => {
    expect(dummyValue(value)).toBe(expected);
  });
});

test('remembered verdicts equal fresh ones, in any order of repeats', () => {
  const values = ['AKIAIOSFODNN7EXAMPLE', 'xK9#mQ2$vL5@', 'aaaaaaaaaaaaaaaa', 'AKIAIOSFODNN7EXAMPLE', 'xK9#mQ2$vL5@'];
  expect(values.map((v) => placeholderReason(v))).toEqual([
    expect.stringContaining('example'),
    null,
    expect.stringContaining('repeated character'),
    expect.stringContaining('example'),
    null,
  ]);
});
