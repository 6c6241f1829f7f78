import { describe, expect, test } from 'vitest';
import { looksRandom, notASecretReason } from './value-shape';

describe('value shape', () => {
  test.each([
    ['getToken(req', 'code'], // a call, even cut short by the reader
    ['cfg[KEY]', 'code'],
    ['f(a[0])', 'code'],
    ['${SECRET}', 'code'],
    ['https:\\/\\/files.acme.io', 'code'], // JSON-escaped URL
    ['super$ecret', 'interpolated variable'],
    ['$a$b', 'code'],
    ['open_sesame', 'words'],
    ['assumptions/risks', 'words'],
    ['q}7(Lx]2{Wm!9>Rz[4', null], // brackets that never pair up: a generated password
    ['b_ByDfulghxvvmHbArJSFfQhxemJPQ', null], // random letters, not words
    ['P@$$w0rd!x', null],
  ])('notASecretReason(%j) → %j', (value, expected) => {
    expect(notASecretReason(value)).toBe(expected);
  });

  test.each([
    ['9e2b41c07d5af36e', true], // 16 hex digits at 2.9 bits/char
    ['aaaabbbb11112222', false],
    ['centipede', false],
    ['Hk4mZ9qL2xV7', true],
  ])('looksRandom(%j, strong) → %j', (value, expected) => {
    expect(looksRandom(value, true)).toBe(expected);
  });
});
