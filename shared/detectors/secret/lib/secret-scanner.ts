/**
 * The shared layer that makes all secret rules cost one pass over the text.
 *
 * Each rule is a `SecretScanner`: anchor literals plus `at`, which verifies one anchor
 * occurrence with a sticky regex (or a little code) in a bounded window. `scanSecretRules` sweeps
 * the text once for the literals of every rule and dispatches each hit to its rules; the result is
 * memoised per `DetectorInput`, so the 70 detectors' `detect` calls share that one sweep.
 */
import type { Candidate, Detector, DetectorInput } from '../../../engine/types';
import { buildAnchorIndex, sweepAnchors, type AnchorIndex } from './anchor-index';

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
  /** Post-processing of the rule's candidates (placeholder policy). */
  finish?(input: DetectorInput, found: Candidate[]): Candidate[];
}

export interface SecretDetector extends Detector {
  readonly scanner: SecretScanner;
}

/**
 * Candidates kept per rule per input. The engine keeps `maxFindingsPerDetector` (default far
 * lower); this only bounds validator work on a hostile paste of thousands of tokens.
 */
export const MAX_CANDIDATES_PER_RULE = 2_000;

interface Plan {
  readonly index: AnchorIndex;
  /** Literal number → scanners (by number) that own it. */
  readonly owners: readonly Int32Array[];
  readonly scanners: readonly SecretScanner[];
}

function plan(scanners: readonly SecretScanner[]): Plan {
  const index = buildAnchorIndex(scanners.flatMap((s) => s.anchors));
  const byLiteral = new Map(index.literals.map((l, n) => [l, n] as const));
  const owners: number[][] = index.literals.map(() => []);
  scanners.forEach((s, r) => {
    for (const a of new Set(s.anchors)) owners[byLiteral.get(a) ?? -1]?.push(r);
  });
  return { index, owners: owners.map((o) => Int32Array.from(o)), scanners };
}

function run(p: Plan, input: DetectorInput): Candidate[][] {
  const found: Candidate[][] = p.scanners.map(() => []);
  const resume = new Int32Array(p.scanners.length);
  const { literals } = p.index;
  sweepAnchors(input.lower, p.index, p.owners, resume, (r, literal, at) => {
    const out = found[r] as Candidate[];
    // A rule that hit its cap stops: the engine keeps far fewer findings than this anyway.
    if (out.length >= MAX_CANDIDATES_PER_RULE) resume[r] = input.lower.length;
    else {
      // Only a consumed span moves `resume`: hits arrive in bigram order, so a literal starting a
      // few characters earlier (`api.softlayer.com` around `softlayer`) may still come next.
      const next = (p.scanners[r] as SecretScanner).at(input, at, literals[literal] ?? '', out);
      if (next > at) resume[r] = Math.max(resume[r] as number, next);
    }
  });
  return p.scanners.map((s, r) => (s.finish ? s.finish(input, found[r] ?? []) : (found[r] ?? [])));
}

/** Runs one rule on its own (unit tests, a detector used outside the registry). */
export function singleRuleScan(scanner: SecretScanner): (input: DetectorInput) => Candidate[] {
  let cached: Plan | null = null;
  return (input) => run((cached ??= plan([scanner])), input)[0] ?? [];
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
  const memo = new WeakMap<DetectorInput, Candidate[][]>();
  const scanAll = (input: DetectorInput): Candidate[][] => {
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
    out[id] = { ...rest, detect: (input) => scanAll(input)[r] ?? [] };
  });
  return out as { readonly [K in keyof T]: Detector };
}
