/**
 * The shared layer that makes all secret rules cost one pass over the text.
 *
 * Each rule is a `SecretScanner`: anchor literals plus `at`, which verifies one anchor
 * occurrence with a sticky regex (or a little code) in a bounded window. `scanSecretRules` sweeps
 * the text once for the literals of every rule and dispatches each hit to its rules; the result is
 * memoised per `DetectorInput`, so the 70 detectors' `detect` calls share that one sweep.
 */
import type { Candidate, Candidates, Detector, DetectorInput } from '../../../engine/types';
import { markCapped } from '../../../engine/candidates';
import { buildAnchorIndex, literalGates, sweepAnchors, type AnchorIndex, type LiteralGates } from './anchor-index';
import { sweepSkippingRepeats } from './repeat-skip';

export interface SecretScanner {
  /** Lower-case ASCII literals; `at` is called at each occurrence (see anchor-index). */
  readonly anchors: readonly string[];
  /**
   * Verifies the occurrence of `anchor` at `at` and pushes candidates. Returns the first position
   * where this rule's next hit may start: `at` when nothing was consumed (another anchor of the
   * rule may still start there); past a match or a value that was read otherwise, so a repeated
   * token (`eyJeyJ…`, `key=key=…`) is never rescanned once per hit.
   */
  at(input: DetectorInput, at: number, anchor: string, out: Candidate[]): number;
  /**
   * The ASCII characters of the lower-cased text (entry 1) after `anchor` where `at` may find
   * anything, or `null` for any. Asked once per anchor: the sweep then turns a dense anchor that
   * cannot continue into the format (`akia ` × 20,000) away without calling `at`.
   */
  next?(anchor: string): Uint8Array | null;
  /**
   * `[offset, char code]`: a character every match at `anchor` has at that offset from the anchor's
   * start in the lower-cased text, or `null`. The sweep checks it before calling `at`, so a
   * one-character anchor (`.`) that is everywhere in prose costs one comparison per occurrence.
   */
  probe?(anchor: string): readonly [number, number] | null;
  /**
   * Whether `at` does nothing (returns `at`, pushes nothing) wherever a word character precedes
   * `anchor`: the sweep then skips such hits itself (`live_` inside `sk_live_…` × 2,500).
   */
  wordStart?(anchor: string): boolean;
  /**
   * The rule's policy for one candidate `at` pushed (the context rules' placeholder policy): the
   * candidate, a replacement, or `null` to drop it. Applied as candidates arrive, so a rule can stop
   * as soon as it has as many as the engine will keep.
   */
  keep?(input: DetectorInput, candidate: Candidate): Candidate | null;
}

export interface SecretDetector extends Detector {
  readonly scanner: SecretScanner;
}

/**
 * Candidates read per rule per input (before `keep`): bounds validator work on a hostile paste of
 * thousands of tokens even when the caller's `maxFindingsPerDetector` is higher.
 */
export const MAX_CANDIDATES_PER_RULE = 2_000;

interface Plan {
  readonly index: AnchorIndex;
  /** Literal number → scanners (by number) that own it. */
  readonly owners: readonly Int32Array[];
  /** Literal number → per owner, the characters that may follow (`SecretScanner.next`). */
  readonly next: ReadonlyArray<ReadonlyArray<Uint8Array | null>>;
  /** Literal number → per owner, the character required at an offset (`SecretScanner.probe`). */
  readonly probes: ReadonlyArray<ReadonlyArray<readonly [number, number] | null>>;
  /** `next` and `probes` per literal over all its owners, for the sweep's own check; none in the page's build. */
  readonly gates: LiteralGates | null;
  readonly scanners: readonly SecretScanner[];
}

function plan(scanners: readonly SecretScanner[]): Plan {
  const index = buildAnchorIndex(scanners.flatMap((s) => s.anchors));
  const byLiteral = new Map(index.literals.map((l, n) => [l, n] as const));
  const owners: number[][] = index.literals.map(() => []);
  scanners.forEach((s, r) => {
    for (const a of new Set(s.anchors)) owners[byLiteral.get(a) ?? -1]?.push(r);
  });
  const next = globalThis.__CONTENT_SCRIPT__ ? [] : owners.map((o, n) => o.map((r) => scanners[r]?.next?.(index.literals[n] ?? '') ?? null));
  const probes = globalThis.__CONTENT_SCRIPT__ ? [] : owners.map((o, n) => o.map((r) => scanners[r]?.probe?.(index.literals[n] ?? '') ?? null));
  const owned = owners.map((o) => Int32Array.from(o));
  const wordStart = (o: number[], n: number): boolean[] => o.map((r) => scanners[r]?.wordStart?.(index.literals[n] ?? '') ?? false);
  const gates = globalThis.__CONTENT_SCRIPT__ ? null : literalGates(index, { owners: owned, next, probes, wordStart: owners.map(wordStart) });
  return { index, owners: owned, next, probes, gates, scanners };
}


/** What most rules find in a prompt: one shared, frozen list instead of 70 fresh ones per scan. */
const NONE: readonly Candidate[] = Object.freeze([]);

function run(p: Plan, input: DetectorInput): ReadonlyArray<Candidates> {
  const { scanners } = p;
  const { literals } = p.index;
  const end = input.lower.length;
  const found: Array<Candidates> = new Array<Candidates>(scanners.length).fill(NONE);
  const read = new Int32Array(scanners.length);
  const resume = new Int32Array(scanners.length);
  // The engine keeps the first `maxFindingsPerDetector` candidates of a detector in order and
  // drops the rest, so validating more of them on a paste of thousands of tokens is wasted work.
  // A rule reads one candidate past the budget: the engine drops and counts it, so a value after
  // the budget is reported as capped (stats.findingsCapped) instead of silently unread.
  // Inputs built by hand (tests, tools) may carry no budgets: then only the per-rule cap applies.
  const budget = (input.options as Partial<DetectorInput['options']> | undefined)?.budgets?.maxFindingsPerDetector ?? MAX_CANDIDATES_PER_RULE;
  const pushed: Candidate[] = [];
  // The page's build has no gates (build-flags.d.ts). The worker sweeps every text the same way,
  // prompts too: a large paste then finds that code compiled and its feedback complete (run only
  // on large texts, its first 100 KB scan took 10-20 ms while V8 compiled and deoptimised it).
  const sweep = globalThis.__CONTENT_SCRIPT__ || p.gates === null ? sweepAnchors : sweepSkippingRepeats;
  sweep(input.lower, p.index, { owners: p.owners, next: p.next, probes: p.probes }, resume, (r, literal, at) => {
    const scanner = scanners[r] as SecretScanner;
    // Only a consumed span moves `resume`: hits arrive in bigram order, so a literal starting a
    // few characters earlier (`api.softlayer.com` around `softlayer`) may still come next.
    const next = scanner.at(input, at, literals[literal] ?? '', pushed);
    if (next > at) resume[r] = Math.max(resume[r] as number, next);
    if (pushed.length === 0) return;
    let out = found[r] as Candidate[];
    if (out === NONE) found[r] = out = [];
    read[r] = (read[r] as number) + pushed.length;
    for (const c of pushed) {
      const kept = scanner.keep ? scanner.keep(input, c) : c;
      if (kept !== null) out.push(kept);
    }
    pushed.length = 0;
    // A rule that reached either cap stops. Past the budget the extra candidate tells the engine;
    // at the read cap (kept ones fewer: `keep` dropped placeholders) the result itself must say so.
    if (out.length > budget) resume[r] = end;
    else if ((read[r] as number) >= MAX_CANDIDATES_PER_RULE) {
      resume[r] = end;
      if (out === NONE) found[r] = out = [];
      markCapped(out);
    }
  }, p.gates as LiteralGates);
  return found;
}

/** Runs one rule on its own (unit tests, a detector used outside the registry). */
export function singleRuleScan(scanner: SecretScanner): (input: DetectorInput) => Candidates {
  let cached: Plan | null = null;
  return (input) => run((cached ??= plan([scanner])), input)[0] ?? NONE;
}

/**
 * Rebinds every detector's `detect` to one shared sweep, memoised per input object. The
 * `WeakMap` is a cache of a pure function of its key (never observable, collected with the input).
 * The returned detectors have no `keywords`: the sweep is the prefilter, and the engine's
 * per-keyword `includes` would otherwise cost one pass per literal.
 */
export function combineSecretDetectors<T extends Record<string, SecretDetector>>(detectors: T): { readonly [K in keyof T]: Detector } {
  const entries = Object.entries(detectors);
  const shared = plan(entries.map(([, d]) => d.scanner));
  const memo = new WeakMap<DetectorInput, ReadonlyArray<Candidates>>();
  const scanAll = (input: DetectorInput): ReadonlyArray<Candidates> => {
    let result = memo.get(input);
    if (!result) {
      result = run(shared, input);
      memo.set(input, result);
    }
    return result;
  };
  const out: Record<string, Detector> = {};
  entries.forEach(([id, d], r) => {
    const { scanner: _scanner, keywords: _keywords, ...rest } = d;
    out[id] = { ...rest, detect: (input) => scanAll(input)[r] ?? NONE };
  });
  return out as { readonly [K in keyof T]: Detector };
}
