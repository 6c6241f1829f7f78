import { findContext } from '../detectors/pii/lib/context';
import { nearExampleData } from '../detectors/pii/lib/example-data';
import { classify, CUE_WINDOW, type Classified } from './classify';
import { ORG_CUES, PERSON_CUES, PLACE_CUES } from './cues';
import { lexicon } from './lexicon';
import { resolveMentions, type Result } from './mentions';
import { nearSpans, type NearSpans } from './near-spans';
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
 * Stage 2 is what makes this module async-only: the extension runs it off the verdict path, in
 * the NLP worker (extension/lib/nlp), and adds its findings to the recorded event afterwards.
 *
 * Per-text cost is bounded by work, not only by the clock: the pass reads at most
 * MAX_ENTITY_CHARS characters and at most SEQUENCE_LIMIT sequences, the tagger at most
 * `maxTaggedChars` characters in windows of at most MAX_WINDOW_CHARS, and `maxTotalMs` stops
 * stage 1 and the tagger early on a slow or loaded device (issue #4: never over 20 ms a text).
 */
export interface EntityBudget {
  /** Characters the tagger may read per text; 0 disables stage 2 (the synchronous registry path). */
  readonly maxTaggedChars: number;
  /** `false` tags every unresolved window (used only to measure what gating costs). */
  readonly gate: boolean;
  /** Wall-clock ceiling for the whole call; a window predicted to overrun it is not started. */
  readonly maxTotalMs?: number;
}

/** What one call did: the unit tests assert the budget on this, never on wall-clock time. */
export interface EntityWork {
  /** Characters read (the text up to MAX_ENTITY_CHARS). */
  readonly readChars: number;
  /** Capitalised sequences found (≤ SEQUENCE_LIMIT) and how many were classified in time. */
  readonly sequences: number;
  readonly classified: number;
  /** Tagger calls and the characters they parsed. */
  readonly windows: number;
  readonly taggedChars: number;
  /** Set when the clock, not the work caps, ended stage 1 or the tagger. */
  readonly stopped?: 'deadline';
}

/**
 * The product ceiling is 20 ms per text; 12 leaves room for one window the prediction underestimates.
 * 240 tagged characters are two full windows. A window costs ~1.5–3 ms (compromise parses
 * 0.01–0.02 ms a character), so two keep a name-dense 2 KB record near the 3 ms median target;
 * on the dev corpus 120, 240, 600 or unlimited characters find the same spans (README, "NLP cost").
 */
export const DEFAULT_ENTITY_BUDGET: EntityBudget = { maxTaggedChars: 240, gate: true, maxTotalMs: 12 };
/** Other PII within this many characters makes a name identifying (a record row, a form). */
export const NEAR_PII = 160;
/**
 * Characters the pass reads. SEQUENCE_LIMIT sequences end well before this in any prose (a
 * name-dense record holds ~20 per KB), so the cap only bounds the linear steps (lower-casing, the
 * sequence and e-mail-domain regexes) on a multi-megabyte paste: ~1 ms for 64 KB.
 */
export const MAX_ENTITY_CHARS = 64 * 1024;
/** Capitalised sequences considered per text; the rest of a huge paste is the pattern layer's. */
export const SEQUENCE_LIMIT = 400;
/** Tagger context either side of an unresolved sequence; a clause, enough for compromise's rules. */
const WINDOW = 40;
/** No single tagger call reads more than this, so one call cannot blow the budget on its own. */
export const MAX_WINDOW_CHARS = 120;
/** Sequences classified between clock reads (~0.02 ms each on the reference box). */
const CLOCK_EVERY = 8;
/** ~1–2 KB of prose holds this many capitalised sequences; they cost < 1 ms together. */
const ALWAYS_CLASSIFIED = 64;
const GATE_CUES = [...PERSON_CUES, ...PLACE_CUES, ...ORG_CUES];

export type Clock = () => number;

function severityOf(c: Classified, near: boolean, example: boolean): EntityCandidate['severity'] {
  if (c.type !== 'pii.person' || c.downgrade || example) return 'low';
  return c.roleCue || (near && c.nameLike) ? 'medium' : 'low';
}

function toCandidate(c: Classified, identifying: NearSpans, lower: string): EntityCandidate {
  const near = identifying.near(c.start, c.end, NEAR_PII);
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
  return scanEntitiesWithWork(text, fast, budget).candidates;
}

export function scanEntitiesWithWork(
  fullText: string, fast: readonly SpanLike[] = [], budget: EntityBudget = DEFAULT_ENTITY_BUDGET, now: Clock = () => performance.now(),
): { candidates: EntityCandidate[]; work: EntityWork } {
  lexicon(); // one-off load (~250 ms) happens before the clock starts: it is not per-text cost
  const t0 = now();
  const deadline = t0 + (budget.maxTotalMs ?? Infinity);
  const text = fullText.length > MAX_ENTITY_CHARS ? fullText.slice(0, MAX_ENTITY_CHARS) : fullText;
  const lower = text.toLowerCase();
  const seqs = [...sequences(text, SEQUENCE_LIMIT)];
  const results: Result[] = [];
  let stopped: EntityWork['stopped'];
  let coveredTo = -1;
  for (let i = 0; i < seqs.length; i++) {
    const seq = seqs[i]!;
    // The budget covers stage 1 too. Checking the clock every CLOCK_EVERY sequences keeps its own
    // cost negligible; the first ALWAYS_CLASSIFIED are exempt so short texts give the same answer
    // on a loaded machine as on an idle one (vectors and tests stay deterministic).
    if (i >= ALWAYS_CLASSIFIED && i % CLOCK_EVERY === 0 && now() > deadline) {
      stopped = 'deadline';
      break;
    }
    // A firm name ("Davis, Reynolds and Williamson") spans several sequences; skip the rest.
    const r = seq.start < coveredTo ? null : classify(text, lower, seq);
    if (r && r !== 'unresolved') coveredTo = Math.max(coveredTo, r.end);
    results.push(r);
  }
  const nearAny = nearSpans(fast);
  const tagged = budget.maxTaggedChars > 0 && !stopped
    ? tagUnresolved(text, lower, seqs, results, nearAny, budget, deadline, now)
    : { windows: 0, taggedChars: 0, stopped: undefined };
  resolveMentions(text, seqs.slice(0, results.length), results);
  const identifying = nearSpans(fast, (f) => f.severity !== 'low');
  return {
    candidates: results.flatMap((r) => (r && r !== 'unresolved' ? [toCandidate(r, identifying, lower)] : [])),
    work: {
      readChars: text.length,
      sequences: seqs.length,
      classified: results.length,
      windows: tagged.windows,
      taggedChars: tagged.taggedChars,
      ...(stopped ?? tagged.stopped ? { stopped: 'deadline' as const } : {}),
    },
  };
}

function tagUnresolved(
  text: string, lower: string, seqs: readonly { start: number; end: number }[], results: Result[],
  nearAny: NearSpans, budget: EntityBudget, deadline: number, now: Clock,
): { windows: number; taggedChars: number; stopped?: 'deadline' } {
  const nameHeader = /\bname\b/.test(lower);
  let left = budget.maxTaggedChars;
  let taggedTo = -1;
  let tagged: ReturnType<typeof tagWindow> = [];
  let windows = 0;
  let taggedChars = 0;
  for (let i = 0; i < results.length && left > 0; i++) {
    const seq = seqs[i]!;
    if (results[i] !== 'unresolved') continue;
    const open =
      !budget.gate ||
      nameHeader ||
      findContext(lower, seq.start, seq.start, GATE_CUES, CUE_WINDOW, 0) !== undefined ||
      nearAny.near(seq.start, seq.end, NEAR_PII);
    if (!open) continue;
    if (seq.end > taggedTo) {
      const from = Math.max(0, seq.start - WINDOW, seq.end - MAX_WINDOW_CHARS);
      const to = Math.min(text.length, seq.end + WINDOW, from + MAX_WINDOW_CHARS);
      if (budget.gate && to - from > left) continue;
      // Hard budget: stop once the next window is predicted not to fit in what is left.
      if (now() + predictMs(to - from) > deadline) {
        relax();
        return { windows, taggedChars, stopped: 'deadline' };
      }
      left -= to - from;
      taggedChars += to - from;
      windows++;
      const t = now();
      tagged = tagWindow(text, from, to);
      observe(to - from, now() - t);
      taggedTo = to;
    }
    const hit = tagged.find((t) => t.start < seq.end && t.end > seq.start);
    results[i] = hit ? { type: hit.type, start: seq.start, end: seq.end, rule: 'tagger', confidence: 0.55 } : null;
  }
  return { windows, taggedChars };
}
