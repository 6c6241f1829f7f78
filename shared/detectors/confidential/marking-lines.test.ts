import { describe, expect, test } from 'vitest';
import { resolveOptions } from '../../engine/options';
import { classificationLabel, KEYWORDS, PREFIX_WORDS } from './classification-label';
import { LABELS } from './labels';
import { findMarkingLines, markingLines } from './marking-lines';

const CUES = markingLines(LABELS.map((l) => l.phrase), KEYWORDS, PREFIX_WORDS);
const linesOf = (text: string): string[] => {
  const at = findMarkingLines(CUES, text, text.toLowerCase());
  return Array.from({ length: at.length / 2 }, (_, k) => text.slice(at[2 * k], at[2 * k + 1]));
};

describe('marking lines', () => {
  test.each([
    ['an upper-case keyword anywhere', 'see the NDA we signed', true],
    ['an upper-case keyword inside a word', 'xxCONFIDENTIALxx', true],
    ['a phrase starting the core', '*** Internal use only: roadmap', true],
    ['a phrase ending the core', 'Acme Corp | confidential.', true],
    ['a prefix word starting the core', '  classification : public', true],
    ['a lower-case marking in a sentence', 'please keep this confidential between us', false],
    ['a word that starts like a phrase', 'restricting access is fine', false],
    ['no marking', 'function total(items) {', false],
    ['nothing but punctuation', '---', false],
  ])('%s', (_name, line, expected) => {
    expect(linesOf(`prose line\n${line}\r\nmore prose`)).toEqual(expected ? [`${line}\r`] : []);
  });

  test('line bounds: the first, a blank and the last line', () => {
    expect(linesOf('CONFIDENTIAL\n\nnotes\nNDA')).toEqual(['CONFIDENTIAL', 'NDA']);
  });

  // The cues decide where the detector looks at all: each phrase must still be reported in each
  // form that scores (upper case in a sentence, a label line, a footer after a separator).
  test.each(
    LABELS.flatMap((l): Array<[string, string]> => [
      ...(l.labelOnly === true ? [] : [[`we discussed the ${l.phrase.toUpperCase()} plan today`, l.phrase] as [string, string]]),
      [`Notes\n  ${l.phrase}\nmore notes`, l.phrase],
      [`Acme Corp | ${l.phrase}`, l.phrase],
      [`Classification: ${l.phrase} (v2), see the attached plan for details.`, l.phrase],
    ]),
  )('%j: the marking is reported', (text, phrase) => {
    const found = classificationLabel.detect({ text, lower: text.toLowerCase(), options: resolveOptions({}) });
    expect(found.map((c) => text.slice(c.start, c.end).toLowerCase())).toContain(phrase);
  });
});
