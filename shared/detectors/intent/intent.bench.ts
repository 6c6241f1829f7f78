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

describe('intent detectors, 1 KB prompt', () => {
  bench('full (heuristics + model)', () => {
    // A new string each time defeats the model's one-entry memo, as a new prompt would.
    const t = `${text} `;
    const i = { ...input, text: t, lower: t.toLowerCase() };
    for (const d of Object.values(intentDetectors)) d.detect(i);
  });
  bench('fast (heuristics only)', () => {
    for (const d of Object.values(intentFastDetectors)) d.detect(input);
  });
});
