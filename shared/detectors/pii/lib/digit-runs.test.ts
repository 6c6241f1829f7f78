import { describe, expect, test } from 'vitest';
import { resolveOptions } from '../../../engine/options';
import { mulberry32 } from '../../../random/mulberry32';
import type { Candidates, Detector, DetectorInput } from '../../../engine/types';
import { piiFastDetectors } from '../fast';
import { detectorVectors } from '../../vectors';
import { digitRuns, longestDigitRun } from './digit-gate';
import { inputCache } from './input-cache';
import { RUN_LAYOUTS } from './run-layouts';

const options = resolveOptions();
const input = (text: string): DetectorInput => ({ text, lower: text.toLowerCase(), options });

/** The same input with the digit-run index withheld, as for a text with too many runs: each detector scans the whole text. */
function unindexed(text: string): DetectorInput {
  const one = input(text);
  longestDigitRun(one);
  inputCache(one).digitRuns = null;
  return one;
}

describe('digit-run index', () => {
  test.each([
    ['no digits', []],
    ['i = 0; 30 DAY, 4111-1111 x9', [[7, 9], [15, 19], [20, 24]]],
    ['1234567890', [[0, 10]]],
    // Longer than any layout: measured backwards by a look-behind, not a walk.
    [`ab ${'7'.repeat(40)} 12`, [[3, 43], [44, 46]]],
    ['7'.repeat(17), [[0, 17]]],
  ] as const)('%j', (text, runs) => {
    const flat = digitRuns(input(text));
    expect(flat === null ? null : Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i], flat[2 * i + 1]])).toEqual(runs);
  });

  test('is withheld past its bound, and the longest run is still measured', () => {
    const many = input('12 '.repeat(5000) + '123456789');
    expect(digitRuns(many)).toBeNull();
    expect(longestDigitRun(many)).toBe(9);
  });
});

/**
 * The ID detectors try their patterns only at digit runs of the lengths their layouts open with
 * (lib/run-layouts.ts). On the positive vectors of every ID, mutated (digits changed,
 * dropped or doubled, separators swapped), they must find exactly what a scan of the whole text
 * finds; a length missing from a list shows up here as a value only the whole-text scan reports.
 */
const gated = Object.values(piiFastDetectors).filter((d: Detector) => RUN_LAYOUTS[d.id] !== undefined);
const seeds = gated.flatMap((d) => detectorVectors[d.id]!.positive.map((p) => p.text));

function mutate(text: string, rand: () => number): string {
  let out = '';
  for (const c of text) {
    const r = rand();
    if (c >= '0' && c <= '9') out += r < 0.04 ? '' : r < 0.08 ? c + c : r < 0.7 ? String(Math.floor(rand() * 10)) : c;
    else if (c === ' ' || c === '-') out += r < 0.15 ? '' : r < 0.3 ? (c === ' ' ? '-' : ' ') : c;
    else out += c;
  }
  return out;
}

const spans = (found: Candidates) => found.map((c) => [c.start, c.end, c.rule, c.severity ?? '']);

test('every listed layout belongs to a fast-tier detector', () => {
  expect(gated.map((d) => d.id).sort()).toEqual(Object.keys(RUN_LAYOUTS).sort());
});

describe.each(gated)('$id at indexed runs', (detector) => {
  test('finds what a whole-text scan finds', () => {
    const rand = mulberry32(detector.id.length * 7919);
    const own = detectorVectors[detector.id]!.positive.map((p) => p.text);
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      // Mostly its own vectors (valid values of this kind), some of any ID's (other layouts).
      const pool = rand() < 0.7 ? own : seeds;
      const text = mutate(pool[Math.floor(rand() * pool.length)]!, rand);
      const expected = spans(detector.detect(unindexed(text)));
      expect(spans(detector.detect(input(text))), text).toEqual(expected);
      found += expected.length;
    }
    // The mutated texts must hold real values of this kind, or the comparison proves nothing.
    expect(found).toBeGreaterThan(10);
  });
});
