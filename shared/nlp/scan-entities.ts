import { findContext } from '../detectors/pii/lib/context';
import { nearExampleData } from '../detectors/pii/lib/example-data';
import { classify, CUE_WINDOW, type Classified } from './classify';
import { ORG_CUES, PERSON_CUES, PLACE_CUES } from './cues';
import { lexicon } from './lexicon';
import { resolveMentions, type Result } from './mentions';
import { sequences } from './sequences';
import { observe, predictMs, relax } from './tag-budget';
import { tagWindow } from './tagger';
import type { EntityCandidate, SpanLike } from './types';

/**
 * Person / organisation / location candidates. Three stages:
 *  1. every capitalised sequence is classified by gazetteer + cue words (a Map lookup per word);
 *  2. sequences the gazetteer cannot resolve go to the compromise tagger, but only inside windows
 *     that pass the gate (a cue word or other PII nearby), up to `maxTaggedChars` per text and
 *     only while the wall-clock budget predicts the next window fits (see tag-budget.ts);
 *  3. mentions: coreference, lists, signature blocks and e-mail domains (mentions.ts).
 * Stage 2 is what makes this module async-only: the worker runs it after the submit-time verdict.
 */
export interface EntityBudget {
  /** Characters the tagger may read per text; 0 disables stage 2 (the synchronous registry path). */
  readonly maxTaggedChars: number;
  /** `false` tags every unresolved window (used only to measure what gating costs). */
  readonly gate: boolean;
  /** Wall-clock ceiling for the whole call; a window predicted to overrun it is not started. */
  readonly maxTotalMs?: number;
}

/** The product ceiling is 20 ms per text; 12 leaves room for one window the prediction underestimates. */
export const DEFAULT_ENTITY_BUDGET: EntityBudget = { maxTaggedChars: 600, gate: true, maxTotalMs: 12 };
/** Other PII within this many characters makes a name identifying (a record row, a form). */
export const NEAR_PII = 160;
/** Tagger context either side of an unresolved sequence; a clause, enough for compromise's rules. */
const WINDOW = 40;
/** No single tagger call reads more than this, so one call cannot blow the budget on its own. */
export const MAX_WINDOW_CHARS = 120;
/** Sequences classified between clock reads (~0.02 ms each on the reference box). */
const CLOCK_EVERY = 8;
/** ~1–2 KB of prose holds this many capitalised sequences; they cost < 1 ms together. */
const ALWAYS_CLASSIFIED = 64;
const GATE_CUES = [...PERSON_CUES, ...PLACE_CUES, ...ORG_CUES];

function severityOf(c: Classified, near: boolean, example: boolean): EntityCandidate['severity'] {
  if (c.type !== 'pii.person' || c.downgrade || example) return 'low';
  return c.roleCue || (near && c.nameLike) ? 'medium' : 'low';
}

function toCandidate(c: Classified, fast: readonly SpanLike[], lower: string): EntityCandidate {
  const near = fast.some((f) => f.severity !== 'low' && f.start < c.end + NEAR_PII && f.end > c.start - NEAR_PII);
  const example = c.type === 'pii.person' && nearExampleData(lower, c.start, c.end);
  const note = c.downgrade ?? (example ? 'example data nearby' : undefined);
  return {
    type: c.type,
    start: c.start,
    end: c.end,
    rule: c.rule,
    confidence: c.confidence,
    severity: severityOf(c, near, example),
    context: [...(c.cue ? [{ word: c.cue, delta: 0.15 }] : []), ...(near ? [{ word: 'nearby-pii', delta: 0.2 }] : [])],
    ...(note ? { note } : {}),
  };
}

export function scanEntities(text: string, fast: readonly SpanLike[] = [], budget: EntityBudget = DEFAULT_ENTITY_BUDGET): EntityCandidate[] {
  lexicon(); // one-off load (~100 ms) happens before the clock starts: it is not per-text cost
  const t0 = performance.now();
  const deadline = t0 + (budget.maxTotalMs ?? Infinity);
  const lower = text.toLowerCase();
  const seqs = [...sequences(text)];
  const results: Result[] = [];
  let coveredTo = -1;
  for (let i = 0; i < seqs.length; i++) {
    const seq = seqs[i]!;
    // The budget covers stage 1 too: a 100 KB paste has hundreds of sequences. Checking the clock
    // every CLOCK_EVERY sequences keeps its own cost negligible.
    // The first ALWAYS_CLASSIFIED sequences are exempt so short texts give the same answer on a
    // loaded machine as on an idle one (vectors and tests stay deterministic).
    if (i >= ALWAYS_CLASSIFIED && i % CLOCK_EVERY === 0 && performance.now() > deadline) break;
    // A firm name ("Davis, Reynolds and Williamson") spans several sequences; skip the rest.
    const r = seq.start < coveredTo ? null : classify(text, lower, seq);
    if (r && r !== 'unresolved') coveredTo = Math.max(coveredTo, r.end);
    results.push(r);
  }
  if (budget.maxTaggedChars > 0) tagUnresolved(text, lower, seqs, results, fast, budget, deadline);
  resolveMentions(text, seqs.slice(0, results.length), results);
  return results.flatMap((r) => (r && r !== 'unresolved' ? [toCandidate(r, fast, lower)] : []));
}

function tagUnresolved(
  text: string, lower: string, seqs: readonly { start: number; end: number }[], results: Result[],
  fast: readonly SpanLike[], budget: EntityBudget, deadline: number,
): void {
  const nameHeader = /\bname\b/.test(lower);
  let left = budget.maxTaggedChars;
  let taggedTo = -1;
  let tagged: ReturnType<typeof tagWindow> = [];
  for (let i = 0; i < seqs.length && left > 0; i++) {
    const seq = seqs[i]!;
    if (results[i] !== 'unresolved') continue;
    const open =
      !budget.gate ||
      nameHeader ||
      findContext(lower, seq.start, seq.start, GATE_CUES, CUE_WINDOW, 0) !== undefined ||
      fast.some((f) => f.start < seq.end + NEAR_PII && f.end > seq.start - NEAR_PII);
    if (!open) continue;
    if (seq.end > taggedTo) {
      const from = Math.max(0, seq.start - WINDOW, seq.end - MAX_WINDOW_CHARS);
      const to = Math.min(text.length, seq.end + WINDOW, from + MAX_WINDOW_CHARS);
      if (budget.gate && to - from > left) continue;
      // Hard budget: stop once the next window is predicted not to fit in what is left.
      if (performance.now() + predictMs(to - from) > deadline) {
        relax();
        break;
      }
      left -= to - from;
      const t = performance.now();
      tagged = tagWindow(text, from, to);
      observe(to - from, performance.now() - t);
      taggedTo = to;
    }
    const hit = tagged.find((t) => t.start < seq.end && t.end > seq.start);
    results[i] = hit ? { type: hit.type, start: seq.start, end: seq.end, rule: 'tagger', confidence: 0.55 } : null;
  }
}
