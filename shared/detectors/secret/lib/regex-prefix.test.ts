import { describe, expect, test } from 'vitest';
import { charsAfter, leadingLiterals } from './regex-prefix';

describe('leadingLiterals', () => {
  test.each([
    ['sq0idp-[A-Za-z0-9_\\-]{22}', ['sq0idp-']],
    ['tkn\\.v1_[A-Za-z0-9+/]{60,90}', ['tkn.v1_']],
    ['SK[0-9a-fA-F]{32}', ['sk']],
    ['(?:twilio)[\\w.\\-]{0,24}', ['twilio']],
    ['(?:datadog|\\bdd[_\\-])[\\w.\\-]', ['datadog', 'dd']],
    ['ab?c', ['a']], // `b` is optional: the literal stops before it
    ['ab|cd', null],
    ['(?:x)?abc', null],
    ['[sr]k_live_', null],
  ])('%s → %j', (source, expected) => {
    expect(leadingLiterals(source)).toEqual(expected);
  });
});

/** The table as the characters it allows, or null. */
function allowed(source: string, flags: string, anchor: string): string | null {
  const table = charsAfter(source, flags, anchor);
  if (table === null) return null;
  return Array.from(table, (may, c) => (may ? String.fromCharCode(c) : '')).join('');
}

describe('charsAfter', () => {
  test.each([
    // The class after the literal.
    ['(?:AKIA|ASIA|A3T[A-Z0-9])[A-Z0-9]{16}', '', 'akia', '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
    ['(?:AKIA|ASIA|A3T[A-Z0-9])[A-Z0-9]{16}', '', 'a3t', '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
    // Case-insensitive flags widen the class; a shorter anchor is followed by the literal's next character.
    ['sk_live_[a-z0-9]{24}', 'i', 'sk_live_', '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'],
    ['sk_live_[a-z0-9]{24}', 'gi', 'sk', '_'],
    ['tkn\\.v1_[A-Za-z0-9+/]{60}', '', 'tkn', '.'],
    // An escape, and a character that must occur once or more.
    ['ghp_\\w{36}', 'y', 'ghp_', '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz'],
    ['ab+c', '', 'a', 'b'],
    // Alternatives that disagree with the anchor add nothing; those that agree add their character.
    ['(?:datadog|\\bdd[_\\-])[\\w.\\-]', '', 'dd', '-_'],
    // What the source does not say: anything may follow.
    ['ab?c', '', 'a', null],
    ['(?:key)[\\w.\\-]{0,24}', '', 'key', null],
    ['(?:key)(?![a-z])', '', 'key', null],
    ['(?:key)\\b', '', 'key', null],
    ['(?:keyword|key)[=:]', '', 'keyw', null],
    ['ab|cd', '', 'a', null],
    ['[sr]k_live_', '', 'sk', null],
  ])('%s (%s) after %j → %j', (source, flags, anchor, expected) => {
    expect(allowed(source, flags, anchor)).toEqual(expected);
  });
});
