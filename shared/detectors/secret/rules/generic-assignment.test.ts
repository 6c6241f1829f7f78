/**
 * The rule remembers its verdict on an assignment (`verdict` in generic-assignment.ts): a repeat
 * must be judged exactly as the same assignment read alone, whatever was judged before it.
 */
import { describe, expect, test } from 'vitest';
import type { Candidate, DetectorInput } from '../../../engine/types';
import { joinedPieces } from '../lib/joined-pieces';
import { genericAssignment } from './generic-assignment';
import { vectors } from './generic-assignment.vectors';

const detect = (text: string): readonly Candidate[] =>
  genericAssignment.detect({ text, lower: text.toLowerCase(), options: {} } as unknown as DetectorInput);

/**
 * Pairs that share a name and a value and differ in one thing the verdict reads: the operator,
 * quoting, the words before the name, an anonymous login before a password.
 */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['token=Ab3dEf7hIj9kLm1nQ', 'token Ab3dEf7hIj9kLm1nQ'],
  ['api_key=Ab3dEf7hIj9kLm1nQ', 'db_password=Ab3dEf7hIj9kLm1nQ'],
  ['password: "logmein"', 'password: logmein'],
  ['secret key Ab3dEf7hIj9kLm1nQ', 'the key Ab3dEf7hIj9kLm1nQ'],
  ['key=Ab3dEf7hIj9kLm1nQ', 'key=Ab3dEf7hIj9kL'],
  ['user: "anonymous"\npassword = "Tk9#vQ2mL"', 'password = "Tk9#vQ2mL"'],
  ["password == 'logmein'", 'password = logmein'],
  ['password: "gold$fish42"', 'password = "gold$fish42"'],
  ['password = open_sesame', 'password: open_sesame'],
];

const PIECES = [...PAIRS.flat(), ...vectors['secret.generic_assignment'].positive.map((v) => v.text), ...vectors['secret.generic_assignment'].negative];
/** Wider than anything the rule reads around a name (`ANONYMOUS_WINDOW`), so pieces cannot meet. */
const GAP = `\n${' '.repeat(130)}\n`;

describe('generic assignment verdicts', () => {
  test.each(PAIRS)('%j and %j get different verdicts, so one remembered for the other would show', (a, b) => {
    const verdicts = (text: string) => detect(text).map(({ start: _start, end: _end, ...rest }) => rest);
    expect(verdicts(a)).not.toEqual(verdicts(b));
  });

  test('a piece among others is judged as it is alone, in any order and repeated', () => {
    for (const { pieces, text, expected } of joinedPieces(detect, PIECES, GAP, { seed: 5, maxPieces: 12 })) {
      expect(detect(text), JSON.stringify(pieces)).toEqual(expected);
    }
  });
});
