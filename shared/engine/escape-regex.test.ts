import { describe, expect, it } from 'vitest';
import { escapeRegex } from './escape-regex';

const LITERALS = ['a.b', 'x*y+z?', '^start$', '{1,2}', '(group)|alt', '[class]', 'back\\slash', 'c/o', 'e-mail', 'Straße', 'naïve'];

describe('escapeRegex', () => {
  it.each(LITERALS)('matches %s exactly, with and without the u flag', (literal) => {
    for (const flags of ['', 'u']) {
      const re = new RegExp(`^${escapeRegex(literal)}$`, flags);
      expect(re.test(literal)).toBe(true);
      expect(re.test(`${literal}x`)).toBe(false);
    }
  });

  it('does not let a dot stand for any character', () => {
    expect(new RegExp(escapeRegex('a.b')).test('axb')).toBe(false);
  });

  it('joins into an alternation that matches only its literals', () => {
    const re = new RegExp(`^(?:${LITERALS.map(escapeRegex).join('|')})$`, 'u');
    for (const literal of LITERALS) expect(re.test(literal)).toBe(true);
    expect(re.test('group')).toBe(false);
  });
});
