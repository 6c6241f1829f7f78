import { describe, expect, test } from 'vitest';
import { resolveOptions } from '../../engine/options';
import { classificationLabel, KEYWORDS } from './classification-label';
import { LABELS } from './labels';

const detect = (text: string) => classificationLabel.detect({ text, lower: text.toLowerCase(), options: resolveOptions({}) });

describe('classification label', () => {
  // Phrases are found through the anchor keywords they contain: a phrase without one would
  // never be looked for.
  test.each(LABELS.map((l) => [l.phrase]))('%j contains an anchor keyword', (phrase) => {
    expect(KEYWORDS.some((k) => phrase.includes(k))).toBe(true);
  });

  // The keywords are found by one regex restarted after each match: of two keywords starting at
  // the same place, only the first alternative would be seen.
  test.each(KEYWORDS.map((k) => [k]))('%j is no prefix of another keyword', (keyword) => {
    expect(KEYWORDS.filter((k) => k !== keyword && k.startsWith(keyword))).toEqual([]);
  });

  // The keyword search skips occurrences inside a word: sound only if each phrase's keyword
  // starts the phrase or follows a non-word character in it.
  test.each(LABELS.map((l) => [l.phrase]))('%j has its keyword at a word start', (phrase) => {
    const keyword = KEYWORDS.find((k) => phrase.includes(k)) ?? '';
    const at = phrase.indexOf(keyword);
    expect(at === 0 || !/\w/.test(phrase[at - 1]!)).toBe(true);
  });

  // Facts about a line are computed once per line and shared by its markings: each marking must
  // still be judged on its own phrase.
  test.each([
    ['CONFIDENTIAL | TRADE SECRET', ['CONFIDENTIAL label', 'TRADE SECRET label']],
    ['TRADE SECRET: the CONFIDENTIAL plan', ['TRADE SECRET label', 'CONFIDENTIAL in-text']],
    ['Acme | CONFIDENTIAL and CONFIDENTIAL', ['CONFIDENTIAL in-text', 'CONFIDENTIAL in-text']],
    ['What does CONFIDENTIAL mean? CONFIDENTIAL', []],
    ['CONFIDENTIAL\nnotes\nmore notes\nINTERNAL ONLY: CONFIDENTIAL', ['CONFIDENTIAL label', 'INTERNAL ONLY label', 'CONFIDENTIAL label']],
  ])('%j: %j', (text, expected) => {
    expect(detect(text).map((c) => `${text.slice(c.start, c.end)} ${c.rule}`)).toEqual(expected);
  });
});
