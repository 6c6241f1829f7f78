import { describe, expect, test } from 'vitest';
import { bigramRank, rarestBigram } from './bigram-rank';

describe('bigram rank', () => {
  test.each([
    ['pk_live_', 1], // k_, not the everyday li/iv/ve
    ['secret', 2], // cr: every pair of "secret" is common English, cr the least
    ['=>', 0],
    ['x', -1],
  ])('%j is indexed at %i', (literal, offset) => expect(rarestBigram(literal)).toBe(offset));

  test('common English pairs rank above rare symbol pairs, and word boundaries above both', () => {
    expect(bigramRank('th')).toBeGreaterThan(bigramRank('k_'));
    expect(bigramRank('e ')).toBeGreaterThan(bigramRank('th'));
  });

  test('only usable offsets are chosen', () => {
    expect(rarestBigram('ab©k_', (o) => o !== 3)).not.toBe(3);
    expect(rarestBigram('ab', () => false)).toBe(-1);
  });
});
