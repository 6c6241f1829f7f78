import type { Candidate } from '../../../engine/types';
import { MAX_MATCHES_PER_DETECTOR } from './regex-scan';

/**
 * "Label … value" detectors (passport, driving licence, MRN): identifiers with no checksum and no
 * fixed national format are only reported right after a label. The label regex finds the cue, then
 * the value regex must match within `reach` characters after it — two bounded passes, no
 * backtracking across the gap.
 */
export interface LabelledSpec {
  readonly label: RegExp;
  /** Sticky-free regex for the value; must require at least one digit. */
  readonly value: RegExp;
  /** Max characters between the end of the label and the value ("number is: "). */
  readonly reach: number;
  readonly rule: string;
}

export function scanLabelled(text: string, spec: LabelledSpec): Candidate[] {
  const out: Candidate[] = [];
  const label = new RegExp(spec.label.source, spec.label.flags.includes('g') ? spec.label.flags : spec.label.flags + 'g');
  let n = 0;
  for (let m = label.exec(text); m !== null && n < MAX_MATCHES_PER_DETECTOR; m = label.exec(text), n++) {
    const from = m.index + m[0].length;
    const window = text.slice(from, from + spec.reach + 24);
    const v = spec.value.exec(window);
    if (!v || v.index > spec.reach) continue;
    out.push({
      start: from + v.index,
      end: from + v.index + v[0].length,
      rule: spec.rule,
      baseScore: 0.4,
      confidence: 0.85,
      context: [{ word: m[0].trim().toLowerCase(), delta: 0.45 }],
    });
  }
  return out;
}

/** Filler allowed between label and value: "no.", "number", "#", ":", "is". */
export const FILLER = '(?:\\s*(?:no\\.?|nr\\.?|number|num\\.?|#|id|is|:|-)\\s*){0,4}';
