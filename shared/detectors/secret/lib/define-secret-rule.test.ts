/**
 * A rule remembers its last score (`rememberedScore` in define-secret-rule.ts): a repeat must be
 * scored exactly as the same value read alone, whatever was scored before it.
 */
import { describe, expect, test } from 'vitest';
import type { Candidate, DetectorInput } from '../../../engine/types';
import { joinedPieces } from './joined-pieces';
import { CONTEXT_WINDOW, defineSecretRule } from './define-secret-rule';

const rule = defineSecretRule({
  id: 'secret.test_scored',
  description: 'test',
  validation: 'test',
  severity: 'high',
  placeholder: 'TOKEN',
  keywords: ['tok_', 'vk_'],
  contextWords: ['acme'],
  patterns: [
    { rule: 'token', regex: /tok_[a-z0-9]{8}\b/ },
    // A validator that reads the text before the value: its score may not be remembered by value.
    { rule: 'checked', regex: /vk_[a-z0-9]{8}\b/, validate: (_value, input, start) => ({ name: 'assigned', passed: input.text[start - 1] === '=' }) },
  ],
});

const detect = (text: string): readonly Candidate[] => rule.detect({ text, lower: text.toLowerCase(), options: {} } as unknown as DetectorInput);

/** Pairs with the same value scored differently: by the context word, by the validator's reading of the text. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['acme tok_a1b2c3d4', 'tok_a1b2c3d4'],
  ['key=vk_a1b2c3d4', 'key vk_a1b2c3d4'],
  ['ACME: vk_a1b2c3d4', 'vk_a1b2c3d4'],
];
const PIECES = [...PAIRS.flat(), 'tok_xxxxxxxx', 'tok_12345678', 'acme tok_xxxxxxxx', 'tok_${abcd}', 'tok_q9w8e7r6'];
/** Wider than the context window, so pieces cannot meet. */
const GAP = `\n${' '.repeat(CONTEXT_WINDOW + 2)}\n`;

describe('secret rule scores', () => {
  test.each(PAIRS)('%j and %j score differently, so one remembered for the other would show', (a, b) => {
    const scored = (text: string) => detect(text).map(({ start: _start, end: _end, ...rest }) => rest);
    expect(scored(a)).toHaveLength(1);
    expect(scored(a)).not.toEqual(scored(b));
  });

  test('a value among others is scored as it is alone, in any order and repeated', () => {
    for (const { pieces, text, expected } of joinedPieces(detect, PIECES, GAP, { seed: 9, maxPieces: 10 })) {
      expect(detect(text), JSON.stringify(pieces)).toEqual(expected);
    }
  });
});
