import { describe, expect, test, vi } from 'vitest';
import { resolveOptions } from '../../../engine/options';
import type { DetectorInput } from '../../../engine/types';
import { detectorVectors } from '../../vectors';
import { piiFastDetectors } from '../fast';
import type * as DigitGate from './digit-gate';
import { scanAtRunStarts, scanRegex } from './regex-scan';

/**
 * Detectors that try their pattern only at digit-run starts (IdSpec.opensDigitRun, SSN, card,
 * IPv4, age, address) must find exactly what their global scan finds. `digitRunBounds` returning
 * `null` (a text with too many runs to keep) makes every one of them scan globally: each detector
 * is run both ways on every PII vector, alone and inside text that puts digits, dashes and letters
 * right before it.
 */
const gate = vi.hoisted(() => ({ global: false }));
vi.mock('./digit-gate', async (original) => {
  const real = await original<typeof DigitGate>();
  return { ...real, digitRunBounds: (input: DetectorInput) => (gate.global ? null : real.digitRunBounds(input)) };
});

const options = resolveOptions({});
const input = (text: string): DetectorInput => ({ text, lower: text.toLowerCase(), options });
const texts = Object.entries(detectorVectors)
  .filter(([id]) => id.startsWith('pii.'))
  .flatMap(([, v]) => [...v.positive.map((p) => p.text), ...v.negative])
  .flatMap((t) => [t, `0${t}`, `-${t}`, `x${t}`, `see 12 and ${t} then 3.5`, `${t}\n${t}`]);

describe('scanning at digit-run starts', () => {
  test.each(Object.entries(piiFastDetectors))('%s finds what its global scan finds', (_, detector) => {
    for (const text of texts) {
      gate.global = true;
      const global = detector.detect(input(text));
      gate.global = false;
      expect(detector.detect(input(text)), text).toEqual(global);
    }
  });

  test('a pattern tried only at long enough runs: shorter runs are skipped, as the global scan would find nothing there', () => {
    const re = /(?<!\d)\d{3}-\d{2}/g;
    const text = '12-34 123-45 9 456-78';
    const runs = [0, 2, 3, 5, 6, 9, 10, 12, 13, 14, 15, 18, 19, 21];
    const starts = (found: readonly { start: number }[]) => found.map((c) => c.start);
    const each = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length, rule: 'r', confidence: 1 });
    expect(starts(scanAtRunStarts(runs, 3, re, text, each))).toEqual(starts(scanRegex(re, text, each)));
    expect(starts(scanAtRunStarts(runs, 3, re, text, each))).toEqual([6, 15]);
    expect(scanAtRunStarts(runs, 3, re, text, each, 1).capped).toBe(true);
  });
});
