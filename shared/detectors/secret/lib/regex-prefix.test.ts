import { describe, expect, test } from 'vitest';
import { leadingLiterals } from './regex-prefix';

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
