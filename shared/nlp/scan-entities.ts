import { findContext } from '../detectors/pii/lib/context';
import { nearExampleData } from '../detectors/pii/lib/example-data';
import { classify, CUE_WINDOW, type Classified } from './classify';
import { ORG_CUES, PERSON_CUES, PLACE_CUES } from './cues';
import { DOTTED_ORG_FORMS, LEGAL_FORMS, ORG_FORM_WORDS } from '../detectors/pii/lib/org-words';
import { lexicon, lookup } from './lexicon';
import { resolveMentions, type Result } from './mentions';
import { nearSpans, overlapChecker, type NearSpans, type Overlaps } from './near-spans';
import { sequences, type Sequence } from './sequences';
import { LOWER_CASE_CHARS, LOWER_CASE_LIMIT, lowerCaseForms, lowerCaseNames } from './lower-case';
import { ENTITY_STEPS, PassClock, REPORT_MS_PER_SEQUENCE, type Clock, type Cut } from './pass-clock';
import { observe, predictMs, relax } from './tag-budget';
import { tagWindows, type Window } from './tagger';
import type { ContextEffect } from '../engine/types';
import type { EntityCandidate, SpanLike } from './types';

/**
 * Person / organisation / location candidates. Three stages:
 *  1. every capitalised sequence is classified by gazetteer + cue words (a Map lookup per word);
 *  2. sequences the gazetteer cannot resolve go to the compromise tagger, but only inside windows
 *     that pass the gate (a cue word or other PII nearby), up to `maxTaggedChars` per text, all
 *     in one tagger call that starts only if it is predicted to fit the clock (tag-budget.ts);
 *  3. mentions: coreference, lists, signature blocks and e-mail domains (mentions.ts).
 * Stage 2 is what makes this module async-only: the extension runs it off the verdict path, in
 * the NLP worker (extension/lib/nlp), and adds its findings to the recorded event afterwards.
 *
 * Per-text cost is bounded by work, not only by the clock: the pass reads at most
 * MAX_ENTITY_CHARS characters, SEQUENCE_LIMIT sequences, and LOWER_CASE_LIMIT lower-case matches
 * per step in its first LOWER_CASE_CHARS, the tagger at most `maxTaggedChars` characters in
 * windows of at most MAX_WINDOW_CHARS; and `maxTotalMs` is one clock for every step
 * (pass-clock.ts), started when the request arrives: every step past reading the text (finding
 * the sequences, the gazetteer, the tagger, mentions, organisation forms, both lower-case steps)
 * stops when it has passed, on a slow or loaded device (issue #4: never over 20 ms a text;
 * pass-deadline.test.ts). Every stretch of work between two clock checks is bounded in size, so
 * what runs past the deadline is too (DEFAULT_ENTITY_BUDGET). What any step left unread is
 * reported in the work record (`cuts`), as are the windows the tagger did not tag.
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
  /** Windows tagged (all in one tagger call) and the characters they hold. */
  readonly windows: number;
  readonly taggedChars: number;
  /**
   * Windows the gate opened but the budget left untagged ([from, to) in the text read), in text
   * order; at most MAX_SKIPPED_REPORTED are listed, `skippedWindows` counts them all.
   */
  readonly skipped: readonly Window[];
  readonly skippedWindows: number;
  /** Set when the clock, not the work caps, ended any step early. */
  readonly stopped?: 'deadline';
  /** Every step that did not finish, in pipeline order: why, and from which offset it read nothing. */
  readonly cuts: readonly Cut[];
}

/**
 * The product ceiling is 20 ms per text, counted from the request's arrival (entity-pass.ts). What
 * runs past the 10 ms deadline is bounded by construction: the stretch running when it passes (at
 * most CLOCK_EVERY items, one sequence search over the text read (≤ ~1 ms on 64 KB holding no
 * capitalised word), one lower-case regex over LOWER_CASE_CHARS, or a tagger call that had to fit
 * with TAGGER_RESERVE_MS to spare) and the exempt heads of the later steps: ~1–2 ms on the
 * worst texts of cli/bench-nlp.ts on the 2-core reference box. Before the first step, the
 * engine's preparation is a few linear passes over at most MAX_ENTITY_CHARS (~0.3 ms on 64 KB).
 * The engine's report on the findings runs no clock either, but its time is kept before the
 * deadline (REPORT_MS_PER_SEQUENCE, pass-clock.ts). A young-generation GC adds ~1–4 ms on that box when one lands in the text; garbage
 * that reached the old generation would cost a mark-compact of 15–70 ms inside some later text, so
 * the pass's per-sequence objects are built so that none does (classify.ts, `at`).
 * 240 tagged characters are two full windows, tagged in one call: ~1 ms fixed plus 0.01–0.02 ms
 * a character, so a name-dense 2 KB record stays near the 3 ms median target; on the dev corpus
 * 120, 240, 600 or unlimited characters find the same spans (README, "NLP cost").
 */
export const DEFAULT_ENTITY_BUDGET: EntityBudget = { maxTaggedChars: 240, gate: true, maxTotalMs: 10 };
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
/** Skipped windows listed per text (a pasted directory could skip thousands). */
export const MAX_SKIPPED_REPORTED = 16;
/**
 * Time the tagger call must leave before the deadline: a call cannot be interrupted, and its cost
 * has a long right tail (p99 ≈ 3× median, predictMs allows 2× the running mean), so a call that
 * starts just inside the deadline could still end past it. One extra running mean of the
 * two-window call (~1–2 ms) covers that tail; the steps after it stop on the clock.
 */
export const TAGGER_RESERVE_MS = 2;
/** Tagger context either side of an unresolved sequence; a clause, enough for compromise's rules. */
const WINDOW = 40;
/** No single tagger call reads more than this, so one call cannot blow the budget on its own. */
export const MAX_WINDOW_CHARS = 120;
const GATE_CUES = [...PERSON_CUES, ...PLACE_CUES, ...ORG_CUES];

export type { Clock } from './pass-clock';
export { LOWER_CASE_CHARS, LOWER_CASE_LIMIT };

function severityOf(c: Classified, near: boolean, example: boolean): EntityCandidate['severity'] {
  if (c.type !== 'pii.person' || c.downgrade || example) return 'low';
  return c.roleCue || (near && c.nameLike) ? 'medium' : 'low';
}

/**
 * The candidate the engine turns into a finding. Built by assignment, not with spreads: one is
 * made per sequence, in the pass's unclocked end (see `at` in classify.ts for what a spread costs).
 */
function toCandidate(c: Classified, identifying: NearSpans, lower: string): EntityCandidate {
  const near = identifying.near(c.start, c.end, NEAR_PII);
  const example = c.type === 'pii.person' && nearExampleData(lower, c.start, c.end);
  const note = c.downgrade ?? (example ? 'example data nearby' : undefined);
  const context: ContextEffect[] = [];
  if (c.cue) context.push({ word: c.cue, delta: 0.15 });
  if (near) context.push({ word: 'nearby-pii', delta: 0.2 });
  const out: { -readonly [K in keyof EntityCandidate]: EntityCandidate[K] } = {
    type: c.type, start: c.start, end: c.end, rule: c.rule, confidence: c.confidence, severity: severityOf(c, near, example), context,
  };
  if (note) out.note = note;
  return out;
}

export function scanEntities(text: string, fast: readonly SpanLike[] = [], budget: EntityBudget = DEFAULT_ENTITY_BUDGET): EntityCandidate[] {
  return scanEntitiesWithWork(text, fast, budget).candidates;
}

/**
 * `timing` is the clock to read (a fresh budget of `budget.maxTotalMs` starts here), or a pass
 * clock the caller started earlier: the NLP host starts it where a request arrives, so that the
 * engine's work before this call spends the same budget (entity-pass.ts). `lowered` is
 * `fullText.toLowerCase()` when the caller has it (the engine's detector input): a second 64 KB
 * copy is garbage the pass need not make.
 */
export function scanEntitiesWithWork(
  fullText: string, fast: readonly SpanLike[] = [], budget: EntityBudget = DEFAULT_ENTITY_BUDGET, timing: Clock | PassClock = () => performance.now(),
  lowered?: string,
): { candidates: EntityCandidate[]; work: EntityWork } {
  lexicon(); // one-off load (~250 ms) happens before the first pass (warmUpEntityPass): not per-text cost
  const clock = timing instanceof PassClock ? timing : PassClock.start(budget.maxTotalMs, timing);
  clock.lap('prepare');
  if (fullText.length > MAX_ENTITY_CHARS) clock.limit('read', MAX_ENTITY_CHARS);
  const text = fullText.length > MAX_ENTITY_CHARS ? fullText.slice(0, MAX_ENTITY_CHARS) : fullText;
  // Not a slice of `lowered` when the text is cut: lower-casing reads context (a final sigma).
  const lower = text === fullText && lowered?.length === text.length ? lowered : text.toLowerCase();
  clock.lap('read');
  const seqs: Sequence[] = [];
  // Cut short (by the clock or SEQUENCE_LIMIT), the text past the last sequence is unread.
  let seqsCut = false;
  for (const seq of sequences(text, SEQUENCE_LIMIT)) {
    if ((seqsCut = clock.stop('sequences', seqs.length, seq.start))) break;
    seqs.push(seq);
  }
  if (seqs.length >= SEQUENCE_LIMIT) {
    clock.limit('sequences', seqs[seqs.length - 1]!.end);
    seqsCut = true;
  }
  clock.lap('sequences');
  const results: Result[] = [];
  let coveredTo = -1;
  for (let i = 0; i < seqs.length; i++) {
    const seq = seqs[i]!;
    if (clock.stop('gazetteer', i, seq.start)) break;
    // A firm name ("Davis, Reynolds and Williamson") spans several sequences; skip the rest.
    const r = seq.start < coveredTo ? null : classify(text, lower, seq);
    if (r && r !== 'unresolved') coveredTo = Math.max(coveredTo, r.end);
    results.push(r);
    clock.commit(REPORT_MS_PER_SEQUENCE);
  }
  clock.lap('gazetteer');
  const nearAny = nearSpans(fast);
  const tagged = budget.maxTaggedChars > 0 && !clock.expired
    ? tagUnresolved(text, lower, seqs, results, nearAny, budget, clock)
    : { windows: 0, taggedChars: 0, skipped: [] };
  if (budget.maxTaggedChars > 0 && clock.expired && tagged.windows === 0) clock.skip('tagger', 0);
  clock.lap('tagger');
  const classifiedSeqs = seqs.slice(0, results.length);
  resolveMentions(text, classifiedSeqs, results, clock);
  clock.lap('mentions');
  // The class passes read no further than the classified sequences: the rest of a huge paste is the pattern layer's.
  const classifiedTo = results.length < seqs.length || seqsCut ? (seqs[results.length - 1]?.end ?? 0) : text.length;
  const orgs = organisationForms(text, classifiedSeqs, results, classifiedTo, clock);
  const identifying = nearSpans(fast, (f) => f.severity !== 'low');
  // Legal-form evidence outranks the weaker guesses it overlaps ("Miller Ltd." over a firm list).
  const overlapsOrg = overlapChecker(orgs);
  const kept = results.flatMap((r) => (r && r !== 'unresolved' && !overlapsOrg(r.start, r.end) ? [trimPerson(text, r)] : []));
  const lowerNames = lowerCaseNames(text, lower, classifiedTo, overlapChecker([...kept, ...orgs]), clock);
  clock.lap('lower-case-names');
  const candidates = [...kept, ...orgs, ...lowerNames].sort((a, b) => a.start - b.start).map((r) => toCandidate(r, identifying, lower));
  const cuts = clock.cuts;
  return {
    candidates,
    work: {
      readChars: text.length,
      sequences: seqs.length,
      classified: results.length,
      windows: tagged.windows,
      taggedChars: tagged.taggedChars,
      skipped: tagged.skipped.slice(0, MAX_SKIPPED_REPORTED),
      skippedWindows: tagged.skipped.length,
      ...(tagged.stopped || cuts.some((c) => c.reason === 'deadline') ? { stopped: 'deadline' as const } : {}),
      cuts: [...cuts].sort((x, y) => ENTITY_STEPS.indexOf(x.step) - ENTITY_STEPS.indexOf(y.step)),
    },
  };
}

interface Tagging {
  readonly windows: number;
  readonly taggedChars: number;
  readonly skipped: readonly Window[];
  readonly stopped?: 'deadline';
}

/**
 * Stage 2. Plans the gated windows first (work units: characters, at most `maxTaggedChars`),
 * then tags them all in one tagger call, since each call pays a fixed ~1 ms before reading a
 * character. The planned call is started only if its predicted cost fits before the deadline;
 * windows are dropped from the end until it does. Windows the gate opened but the budget did not
 * tag are reported, so a reader of the event sees what the pass left out.
 */
function tagUnresolved(
  text: string, lower: string, seqs: readonly { start: number; end: number }[], results: Result[],
  nearAny: NearSpans, budget: EntityBudget, clock: PassClock,
): Tagging {
  const nameHeader = /\bname\b/.test(lower);
  let left = budget.maxTaggedChars;
  const planned: Window[] = [];
  const skipped: Window[] = [];
  /** Sequence index → the planned window whose tags decide it, and where this copy of it starts in the text. */
  const windowOf = new Map<number, { readonly w: number; readonly from: number }>();
  /**
   * A window's text → its planned window. Tags depend only on the window's own text (windows are
   * separate paragraphs in the call), so a repeated window (a form letter, a template, a log
   * line) takes the first one's tags at its own offsets instead of tagger time or budget.
   */
  const byText = new Map<string, number>();
  let current: { readonly w: number; readonly from: number } | undefined;
  let plannedTo = -1;
  let skippedTo = -1;
  for (let i = 0; i < results.length; i++) {
    const seq = seqs[i]!;
    if (clock.stop('tagger', i, seq.start)) break;
    if (results[i] !== 'unresolved') continue;
    const open =
      !budget.gate ||
      nameHeader ||
      findContext(lower, seq.start, seq.start, GATE_CUES, CUE_WINDOW, 0) !== undefined ||
      nearAny.near(seq.start, seq.end, NEAR_PII);
    if (!open) continue;
    if (current && seq.end <= plannedTo) {
      windowOf.set(i, current);
      continue;
    }
    const from = Math.max(0, seq.start - WINDOW, seq.end - MAX_WINDOW_CHARS);
    const to = Math.min(text.length, seq.end + WINDOW, from + MAX_WINDOW_CHARS);
    const same = byText.get(text.slice(from, to));
    if (same !== undefined) {
      windowOf.set(i, (current = { w: same, from }));
      plannedTo = to;
      continue;
    }
    if (left <= 0 || (budget.gate && to - from > left)) {
      if (seq.end > skippedTo) skipped.push([from, to]);
      skippedTo = to;
      continue;
    }
    left -= to - from;
    planned.push([from, to]);
    byText.set(text.slice(from, to), planned.length - 1);
    windowOf.set(i, (current = { w: planned.length - 1, from }));
    plannedTo = to;
  }
  if (skipped.length > 0) clock.limit('tagger', skipped[0]![0]);
  // Hard budget: drop windows from the end until the call is predicted to fit in what is left.
  const charsOf = (ws: readonly Window[]) => ws.reduce((n, [from, to]) => n + to - from, 0);
  let stopped: Tagging['stopped'];
  while (planned.length > 0 && predictMs(charsOf(planned)) > clock.left() - TAGGER_RESERVE_MS) {
    skipped.push(planned.pop()!);
    stopped = 'deadline';
  }
  if (stopped) {
    relax();
    clock.skip('tagger', skipped[skipped.length - 1]![0]);
  }
  const taggedChars = charsOf(planned);
  if (planned.length > 0) {
    const started = performance.now();
    const tagged = tagWindows(text, planned);
    // The estimate learns from real time, whatever clock the caller's budget runs on.
    observe(taggedChars, performance.now() - started);
    for (const [i, { w, from }] of windowOf) {
      if (w >= planned.length) continue;
      const seq = seqs[i]!;
      // Tags are in offsets of the planned window; a copy of it sits `shift` characters later.
      const shift = from - planned[w]![0];
      const hit = tagged[w]!.find((t) => t.start + shift < seq.end && t.end + shift > seq.start);
      results[i] = hit ? { type: hit.type, start: seq.start, end: seq.end, rule: 'tagger', confidence: 0.55 } : null;
    }
  }
  return { windows: planned.length, taggedChars, skipped: skipped.sort((a, b) => a[0] - b[0]), ...(stopped ? { stopped } : {}) };
}

/** One part of a capitalised sequence split at "and" / "&" ("Enervee Corporation and Civic Insight"). */
interface Segment {
  readonly start: number;
  readonly end: number;
  readonly words: readonly string[];
  /** Text between the previous segment and this one (", ", " and ", …); `undefined` for the first. */
  readonly gap?: string;
  readonly sentenceStart: boolean;
}

const JOINERS = new Set(['and', '&']);
const ORG_LIST_GAP = /^(?:, ?|,? and |,? & | and | & )$/;
const bareWord = (w: string): string => w.toLowerCase().replace(/[.'’]+$/, '');

function segmentsOf(text: string, seqs: readonly Sequence[]): Segment[] {
  const out: Segment[] = [];
  let prevEnd = -1;
  for (const seq of seqs) {
    // Most sequences hold no joiner: one segment, the sequence itself.
    if (!seq.words.some((w) => JOINERS.has(w))) {
      out.push(segment(text, seq.start, seq.end, seq.words, seq.sentenceStart, prevEnd));
      prevEnd = seq.end;
      continue;
    }
    let at = seq.start;
    let words: string[] = [];
    let segStart = seq.start;
    let first = true;
    for (const w of seq.words) {
      const pos = text.indexOf(w, at);
      at = pos + w.length;
      if (JOINERS.has(w)) {
        if (words.length > 0) {
          const end = text.slice(segStart, pos).trimEnd().length + segStart;
          out.push(segment(text, segStart, end, words, first && seq.sentenceStart, prevEnd));
          prevEnd = end;
          first = false;
        }
        words = [];
        continue;
      }
      if (words.length === 0) segStart = pos;
      words.push(w);
    }
    if (words.length > 0) {
      out.push(segment(text, segStart, seq.end, words, first && seq.sentenceStart, prevEnd));
      prevEnd = seq.end;
    }
  }
  return out;
}

/** A module function, not a closure per sequence (tools that keep names define one per closure). */
function segment(text: string, start: number, end: number, words: readonly string[], sentenceStart: boolean, prevEnd: number): Segment {
  return prevEnd >= 0 ? { start, end, words, sentenceStart, gap: text.slice(prevEnd, start) } : { start, end, words, sentenceStart };
}

/**
 * Organisation names by class, after the classifier and mentions:
 *  - a capitalised run ending in a legal form or institution noun (org-words.ts), split at "and"
 *    so that lists of companies yield each name; a digit prefix ("3 Round Stones Inc"), a legal
 *    form's dot and a capitalised mid-sentence "The" belong to the name;
 *  - the other members of a comma list that holds such a name ("Bekins, Enervee Corporation and
 *    Civic Insight"), unless they contain a given name;
 *  - lower-case names before an unambiguous legal form ("stillwater supercomputing inc.").
 * All are organisations, so `low` unless the caller's context raises them (it never does for orgs).
 */
function organisationForms(text: string, seqs: readonly Sequence[], results: readonly Result[], classifiedTo: number, clock: PassClock): Classified[] {
  const segs = segmentsOf(text, seqs);
  const resolved = results.filter((r): r is Classified => !!r && r !== 'unresolved');
  const ownSpan = new Map(resolved.filter((r) => r.type === 'pii.organization').map((r) => [`${r.start}:${r.end}`, r]));
  const firmOrPlace = overlapChecker(resolved.filter((r) => r.rule === 'firm-name' || (r.type === 'pii.location' && r.rule !== 'tagger')));
  const strongPersonAt = overlapChecker(resolved.filter((r) => r.type === 'pii.person' && !WEAK_PERSON.has(r.rule)));
  const orgAt = new Array<Classified | undefined>(segs.length);
  let read = segs.length;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    if (clock.stop('organisations', i, seg.start)) {
      read = i;
      break;
    }
    const last = bareWord(seg.words[seg.words.length - 1]!);
    if (seg.words.length < 2 || !ORG_FORM_WORDS.has(last)) continue;
    let start = seg.start;
    let words = seg.words;
    if (/^the$/i.test(words[0]!) && (seg.sentenceStart || words[0] === 'the')) {
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    // "Call Customer Service": a sentence's first word is capitalised for grammar when it is a common word.
    if (seg.sentenceStart && start === seg.start && words.length > 2 && lookup(bareWord(words[0]!)) === 'word') {
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    if (words.length < 2) continue;
    // "The Davis, Reynolds and Williamson Orchestra": an institution noun after a firm name leaves the firm to the classifier.
    // "Where: Beerze Country Club": likewise a place the classifier found by a cue or gazetteer stays a place.
    if (!LEGAL_FORMS.has(last) && firmOrPlace(seg.start, seg.end)) continue;
    const digits = /(?:^|[^\p{L}\p{N}.,])(\d{1,4}[ -])$/u.exec(text.slice(Math.max(0, start - 6), start));
    if (digits) start -= digits[1]!.length;
    const end = seg.end + (DOTTED_ORG_FORMS.has(last) && text[seg.end] === '.' ? 1 : 0);
    // The classifier's own legal-form finding, when it already has this span, is kept as it is.
    const same = ownSpan.get(`${start}:${end}`);
    orgAt[i] = same ?? { type: 'pii.organization', start, end, rule: 'org-form', confidence: 0.75 };
  }
  // List propagation: segments joined by ", " / " and " form a list; one legal form makes it a list
  // of organisations. Each maximal list is walked once (a pasted list of 400 firms was quadratic).
  for (let a = 0, b = 0; a < read; a = b + 1) {
    let commas = 0;
    let hasOrg = !!orgAt[a];
    for (b = a; b + 1 < read && ORG_LIST_GAP.test(segs[b + 1]!.gap ?? ''); b++) {
      if (segs[b + 1]!.gap!.startsWith(',')) commas++;
      hasOrg ||= !!orgAt[b + 1];
    }
    if (!hasOrg || b - a < 2 || commas === 0) continue;
    for (let j = a; j <= b; j++) {
      const s = segs[j]!;
      if (orgAt[j] || s.words.some((w) => lookup(bareWord(w)) === 'given' || lookup(bareWord(w)) === 'honorific')) continue;
      if (s.words.length > 4) continue;
      orgAt[j] = { type: 'pii.organization', start: s.start, end: s.end, rule: 'org-list', confidence: 0.55 };
    }
  }
  const found = orgAt.filter((o): o is Classified => o !== undefined);
  found.push(...affiliations(text, seqs, results, overlapChecker(found), clock));
  // Keep a person the classifier is sure of ("Mrs. Jane Roe") out of a propagated list.
  const strongPerson = (o: Classified) => o.rule === 'org-list' && strongPersonAt(o.start, o.end);
  const forms = found.filter((o) => !strongPerson(o));
  clock.lap('organisations');
  const lowerForms = lowerCaseForms(text, classifiedTo, overlapChecker(found), clock);
  clock.lap('lower-case-forms');
  return [...forms, ...lowerForms];
}

/** "the Avalara office", "the Roadify Transit website": what follows only an organisation. */
const ORG_THING_AFTER = /^(?:['’]s)? (?:office|offices|website|headquarters|hq|ceo|cfo|cto|coo|shareholders|subsidiary|subsidiaries|stock price|share price|annual report|board of directors)\b/;
/** "Yuito Hirai of Reed Elsevier", "Dudek of Lexisnexis": a person's organisation after "of" / "from". */
const PERSON_OF = /^,? (?:of|at) $/;

/**
 * Sequences the classifier left open or guessed weakly that sit in an organisation's slot: before
 * "office", "website", "CEO" …, or after "<person> of". Known given names and gazetteer places stay.
 */
function affiliations(text: string, seqs: readonly Sequence[], results: readonly Result[], taken: Overlaps, clock: PassClock): Classified[] {
  const out: Classified[] = [];
  for (let i = 0; i < seqs.length; i++) {
    const seq = seqs[i]!;
    if (clock.stop('organisations', i, seq.start)) break;
    const r = results[i];
    if (r && r !== 'unresolved' && !(r.type === 'pii.person' && WEAK_PERSON.has(r.rule))) continue;
    let start = r && r !== 'unresolved' ? r.start : seq.start;
    const end = r && r !== 'unresolved' ? r.end : seq.end;
    // "The Zentrovia office": a leading article is grammar, not name.
    const article = /^the[ \t]+/i.exec(text.slice(start, end));
    if (article) start += article[0].length;
    if (start >= end || taken(start, end)) continue;
    const words = text.slice(start, end).split(/[ \t]+/);
    if (words.length > 4 || words.some((w) => { const k = lookup(bareWord(w)); return k === 'given' || k === 'honorific' || k === 'place'; })) continue;
    const prev = i > 0 ? results[i - 1] : null;
    const personBefore = !!prev && prev !== 'unresolved' && prev.type === 'pii.person' && PERSON_OF.test(text.slice(prev.end, start));
    if (personBefore || ORG_THING_AFTER.test(text.slice(end, end + 24).toLowerCase())) {
      out.push({ type: 'pii.organization', start, end, rule: personBefore ? 'person-of' : 'org-thing', confidence: 0.5 });
    }
  }
  return out;
}

const WEAK_PERSON = new Set(['unknown-proper-noun', 'person-cue', 'tagger', 'speaker-label', 'list-member', 'place-cue']);

const HONORIFIC_WORD = /^(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Madam|Mme|Mlle|Herr|Frau)\.?[ \t]+/;
/** Address unit words that a capitalised run can swallow after a name ("Mrs. Jane Roe Apt. 5"). */
const UNIT_TAIL = /[ \t]+(?:Apt|APT|Apartment|Suite|SUITE|Ste|Unit|UNIT|Flat|Floor|Room|Box|Bldg|Building|PO|P\.O)$/;

/**
 * A person's span without the honorific (the title detector reports "Mrs." as its own value, and
 * values may not overlap, so a span starting with it would lose the name) and without an address
 * unit word swallowed at its end.
 */
function trimPerson(text: string, r: Classified): Classified {
  if (r.type !== 'pii.person') return r;
  let { start, end } = r;
  const value = text.slice(start, end);
  const h = HONORIFIC_WORD.exec(value);
  if (h && h[0].length < value.length) start += h[0].length;
  const u = UNIT_TAIL.exec(text.slice(start, end));
  if (u && u.index > 0) end = start + u.index;
  return start === r.start && end === r.end ? r : withSpan(r, start, end);
}

/**
 * `r` over [start, end). Copied, then assigned: on Node 20 (V8 11.3) a literal that adds
 * properties after a spread (`{ ...r, start, end }`) allocates in the old generation on every call
 * (classify.ts, `at`).
 */
export function withSpan<T extends SpanLike>(r: T, start: number, end: number): T {
  const out = { ...r };
  const span: { start: number; end: number } = out;
  span.start = start;
  span.end = end;
  return out;
}
