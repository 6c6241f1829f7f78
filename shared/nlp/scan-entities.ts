import { findContext } from '../detectors/pii/lib/context';
import { classify, CUE_WINDOW, type Classified } from './classify';
import { PERSON_CUES, PLACE_CUES } from './cues';
import { sequences } from './sequences';
import { tagWindow } from './tagger';
import type { EntityCandidate, SpanLike } from './types';

/**
 * Person / organisation / location candidates. Two stages:
 *  1. every capitalised sequence is classified by gazetteer + cue words (a Map lookup per word);
 *  2. sequences the gazetteer cannot resolve go to the compromise tagger, but only inside windows
 *     that pass the gate (a cue word or other PII nearby) and only up to `maxTaggedChars` per text.
 * Stage 2 is what makes this module async-only: the worker runs it after the submit-time verdict.
 */
export interface EntityBudget {
  /** Characters the tagger may read per text; 0 disables stage 2 (the synchronous registry path). */
  readonly maxTaggedChars: number;
  /** `false` tags every unresolved window (used only to measure what gating costs). */
  readonly gate: boolean;
  /** Wall-clock ceiling for stage 2 per text; the tagger's cost per window varies 5× with content. */
  readonly maxTagMs?: number;
}

/** ~600 chars ≈ 6–10 ms of tagging on the reference machine, inside the 20 ms per-text ceiling. */
export const DEFAULT_ENTITY_BUDGET: EntityBudget = { maxTaggedChars: 600, gate: true, maxTagMs: 12 };
/** Other PII within this many characters makes a name identifying (a record row, a form). */
export const NEAR_PII = 160;
/** Tagger window either side of an unresolved sequence; a clause, enough for compromise's context rules. */
const WINDOW = 60;

function severityOf(c: Classified, near: boolean): EntityCandidate['severity'] {
  if (c.type !== 'pii.person' || c.downgrade) return 'low';
  return c.roleCue || (near && c.nameLike) ? 'medium' : 'low';
}

function toCandidate(c: Classified, fast: readonly SpanLike[]): EntityCandidate {
  const near = fast.some((f) => f.severity !== 'low' && f.start < c.end + NEAR_PII && f.end > c.start - NEAR_PII);
  return {
    type: c.type,
    start: c.start,
    end: c.end,
    rule: c.rule,
    confidence: c.confidence,
    severity: severityOf(c, near),
    context: [...(c.cue ? [{ word: c.cue, delta: 0.15 }] : []), ...(near ? [{ word: 'nearby-pii', delta: 0.2 }] : [])],
    ...(c.downgrade ? { note: c.downgrade } : {}),
  };
}

export function scanEntities(text: string, fast: readonly SpanLike[] = [], budget: EntityBudget = DEFAULT_ENTITY_BUDGET): EntityCandidate[] {
  const lower = text.toLowerCase();
  const out: EntityCandidate[] = [];
  let left = budget.maxTaggedChars;
  let taggedTo = -1;
  let tagged: ReturnType<typeof tagWindow> = [];
  const nameHeader = /\bname\b/.test(lower);
  const deadline = performance.now() + (budget.maxTagMs ?? Infinity);
  for (const seq of sequences(text)) {
    const c = classify(text, lower, seq);
    if (c === null) continue;
    if (c !== 'unresolved') {
      out.push(toCandidate(c, fast));
      continue;
    }
    if (left <= 0 || (budget.gate && performance.now() > deadline)) continue;
    const open =
      !budget.gate ||
      nameHeader ||
      findContext(lower, seq.start, seq.start, [...PERSON_CUES, ...PLACE_CUES], CUE_WINDOW, 0) !== undefined ||
      fast.some((f) => f.start < seq.end + NEAR_PII && f.end > seq.start - NEAR_PII);
    if (!open) continue;
    if (seq.end > taggedTo) {
      const from = Math.max(0, seq.start - WINDOW);
      const to = Math.min(text.length, seq.end + WINDOW);
      if (budget.gate && to - from > left) continue;
      left -= to - from;
      tagged = tagWindow(text, from, to);
      taggedTo = to;
    }
    const hit = tagged.find((t) => t.start < seq.end && t.end > seq.start);
    if (hit) {
      out.push(toCandidate({ type: hit.type, start: seq.start, end: seq.end, rule: 'tagger', confidence: 0.55 }, fast));
    }
  }
  return out;
}
