import { bench, describe } from 'vitest';
import type { DetectorInput, ResolvedScanOptions } from '../../engine/types';
import { intentFastDetectors } from './fast';
import { intentDetectors } from './index';

// ~1 KB of ordinary work prompt (written for the benchmark). Budget: ≤ 0.15 ms median for all
// three intent detectors (issue 5).
const PARAGRAPH =
  'Please review the following release notes for our billing service and rewrite them for customers. Keep the tone friendly, remove internal ticket numbers, and group changes under Added, Fixed and Changed. ';
const text = PARAGRAPH.repeat(5).slice(0, 1024);
const input: DetectorInput = { text, lower: text.toLowerCase(), options: {} as ResolvedScanOptions };

/**
 * A different string each call, as a new prompt would be: the analysis, decoders and model keep a
 * one-entry memo keyed on the text, and `${text} ` repeated is the same text every time (the first
 * version of this bench measured the memo, ~5 µs).
 */
let n = 0;
function fresh(): DetectorInput {
  const t = `${text.slice(0, 1016)} #${(n++ % 1_000_000).toString().padStart(6, '0')}`;
  return { ...input, text: t, lower: t.toLowerCase() };
}

describe('intent detectors, 1 KB prompt', () => {
  bench('full (heuristics + model)', () => {
    const i = fresh();
    for (const d of Object.values(intentDetectors)) d.detect(i);
  });
  bench('fast (heuristics only)', () => {
    const i = fresh();
    for (const d of Object.values(intentFastDetectors)) d.detect(i);
  });
});
