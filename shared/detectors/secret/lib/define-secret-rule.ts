/**
 * Turns a secret rule written as data (gitleaks-style: id, keywords, anchored regexes, a small
 * validator) into an engine `Detector`. Every rule file in `../rules` goes through here,
 * so confidence, placeholder handling and explanations behave the same for all 60+ providers.
 */
import type { Candidate, ContextEffect, DetectorInput, Severity, ValidatorResult } from '../../../engine/types';
import { maskedValue, placeholderReason, templateReference } from './placeholder';
import { mayFollow } from './anchor-index';
import { charsAfter, leadingLiterals } from './regex-prefix';
import { singleRuleScan, type SecretDetector, type SecretScanner } from './secret-scanner';

/**
 * What a validator says about one matched value:
 * - `null`: the value fails the provider's format → no finding at all;
 * - `{ passed: true }`: a checksum/structure check confirmed it → confidence up;
 * - `{ passed: false }`: shape matches but a check failed → confidence down, still reported.
 */
export type SecretValidator = (value: string, input: DetectorInput, start: number) => ValidatorResult | null;

export interface SecretPattern {
  /** Sub-rule id shown in the explanation (e.g. `classic-pat`). */
  readonly rule: string;
  /**
   * Regex that starts with one of the rule's `keywords` (case-insensitively), or `back` characters
   * before one. It runs sticky at the anchor only, never over the whole text. The finding covers
   * the named group `s` (the regex then needs the `d` flag) or else the whole match.
   */
  readonly regex: RegExp;
  /**
   * For formats whose literal is an infix (`…Q~`, `….atlasv1.`, `…NRAL`): the most characters the
   * match may start before the anchor. Default 0: the match starts on the anchor.
   */
  readonly back?: number;
  /** The keywords this pattern is anchored on (default: all of the rule's). */
  readonly anchors?: readonly string[];
  /**
   * Constant-time check at the anchor before any regex runs, for a frequent anchor (a `.` infix):
   * most hits are rejected by one character comparison.
   */
  readonly gate?: (text: string, at: number) => boolean;
  /**
   * A character the format always has at this offset from the anchor's start (lower-case: it is
   * read in the lower-cased text), as data so the sweep itself can check it: the 11,000 `.` of a
   * megabyte of prose then cost no call each (`SecretScanner.probe`).
   */
  readonly probe?: readonly [offset: number, char: string];
  readonly severity?: Severity;
  readonly placeholder?: string;
  /** Confidence of a bare format match (default: the rule's). */
  readonly confidence?: number;
  readonly validate?: SecretValidator;
  /** Confidence lost when the validator fails (default `VALIDATOR_FAIL_PENALTY`; 0 for optional checksums). */
  readonly failPenalty?: number;
  /** Skip the placeholder downgrade for values whose encoding naturally repeats (DER, PEM). */
  readonly skipPlaceholderCheck?: boolean;
  /**
   * Require a non-word character (or start of text) before the span, so `xtskey-…` does not match
   * `tskey-…`. Checked in code rather than with a look-behind so the regex starts on its literal.
   */
  readonly leftBoundary?: boolean;
}

export interface SecretRuleSpec {
  readonly id: `secret.${string}`;
  readonly description: string;
  readonly validation: string;
  readonly severity: Severity;
  readonly placeholder: string;
  /** Lower-case anchor literals: every pattern starts on (or `back` chars before) one of them. */
  readonly keywords: readonly string[];
  readonly patterns: readonly SecretPattern[];
  /** Default base confidence for a format match. */
  readonly confidence?: number;
  /** Words within `CONTEXT_WINDOW` chars before a match that raise confidence (`+CONTEXT_BOOST`). */
  readonly contextWords?: readonly string[];
}

/** Default confidence of a provider-format match without a checksum: prefixes make these precise. */
export const DEFAULT_CONFIDENCE = 0.8;
/** Validator outcomes move confidence by these amounts. */
export const VALIDATOR_PASS_BOOST = 0.15;
export const VALIDATOR_FAIL_PENALTY = 0.3;
/** Placeholder-looking values are kept but capped here (issue 3: "≤ 0.3 and a note"). */
export const PLACEHOLDER_CONFIDENCE = 0.25;
/**
 * A fully masked value that still has the provider's format (`AKCxxxxxxxxxx`) is downgraded, not
 * dropped: it shows a token of that provider was pasted. A masked value that fails the format's
 * own check (GitHub's embedded CRC32 cannot survive `ghp_xxxx…`) is not in the format: no finding.
 */
export const MASKED_CONFIDENCE = 0.2;
/** How far back (chars) context words are looked for; about one config line. */
export const CONTEXT_WINDOW = 64;
export const CONTEXT_BOOST = 0.1;

/** Builds the candidate for one value: validation, placeholder downgrade, context words. */
export function scoreCandidate(
  input: DetectorInput,
  start: number,
  end: number,
  pattern: SecretPattern,
  spec: Pick<SecretRuleSpec, 'confidence' | 'contextWords'>,
): Candidate | null {
  const value = input.text.slice(start, end);
  if (templateReference(value)) return null;
  const masked = maskedValue(value);
  const validator = pattern.validate ? pattern.validate(value, input, start) : undefined;
  if (validator === null || (masked && validator && !validator.passed)) return null;
  const base = pattern.confidence ?? spec.confidence ?? DEFAULT_CONFIDENCE;
  let confidence = base;
  if (validator) confidence += validator.passed ? VALIDATOR_PASS_BOOST : -(pattern.failPenalty ?? VALIDATOR_FAIL_PENALTY);
  const context: ContextEffect[] = [];
  if (spec.contextWords) {
    const before = input.lower.slice(Math.max(0, start - CONTEXT_WINDOW), start);
    const word = spec.contextWords.find((w) => before.includes(w));
    if (word) {
      context.push({ word, delta: CONTEXT_BOOST });
      confidence += CONTEXT_BOOST;
    }
  }
  const note = masked ? 'masked value in the provider format' : pattern.skipPlaceholderCheck ? null : placeholderReason(value);
  let severity = pattern.severity;
  if (note) {
    confidence = Math.min(confidence, masked ? MASKED_CONFIDENCE : PLACEHOLDER_CONFIDENCE);
    // A made-up value is not a live credential: keep it visible, but never as a blocking alert.
    severity = 'low';
  }
  return {
    start,
    end,
    rule: pattern.rule,
    confidence: Math.max(0, Math.min(1, confidence)),
    baseScore: base,
    ...(severity ? { severity } : {}),
    ...(context.length ? { context } : {}),
    ...(validator ? { validator } : {}),
    ...(note ? { note } : {}),
    ...(pattern.placeholder ? { placeholder: pattern.placeholder } : {}),
  };
}

/**
 * `scoreCandidate` for a pattern without a validator, or the pattern's last candidate when the
 * value and context word (all it reads then) are the same: a paste of one token × 2,500 scores it
 * once (issue #3), and comes back with each occurrence's span. Only the last: on ordinary text
 * values do not repeat back to back, and a longer memo cost more per miss than it saved.
 */
function rememberedScore(input: DetectorInput, start: number, end: number, pattern: SecretPattern, spec: SecretRuleSpec, last: LastScore): Candidate | null {
  const value = input.text.slice(start, end);
  const before = spec.contextWords ? input.lower.slice(Math.max(0, start - CONTEXT_WINDOW), start) : '';
  const word = spec.contextWords?.find((w) => before.includes(w));
  if (last.value !== value || last.word !== word) {
    last.scored = scoreCandidate(input, start, end, pattern, spec);
    last.value = value;
    last.word = word;
  }
  return last.scored && { ...last.scored, start, end };
}

/** A pattern's last scored value (`rememberedScore`); `value` null before the first. */
interface LastScore {
  value: string | null;
  word: string | undefined;
  scored: Candidate | null;
}

interface CompiledPattern {
  readonly pattern: SecretPattern;
  readonly sticky: RegExp;
  readonly back: number;
  /** The span is the whole match, so the left boundary can be checked before running the regex. */
  readonly wholeMatch: boolean;
  /** See `rememberedScore`; none for a pattern with a validator (it may read the text around the value) or in the page's build (build-flags.d.ts). */
  readonly last: LastScore | null;
}

/** A pattern as tried at one anchor. */
interface AnchoredPattern {
  readonly c: CompiledPattern;
  /** ASCII characters that may follow the anchor in a match (see `charsAfter`); `null`: any. */
  readonly next: Uint8Array | null;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** The match starts on its anchor and needs a non-word character before it (`wordStartOnly`, `SecretScanner.wordStart`). */
const boundaryFirst = (c: CompiledPattern): boolean => c.wholeMatch && c.back === 0 && c.pattern.leftBoundary !== false;

function compile(p: SecretPattern): CompiledPattern {
  const flags = p.regex.flags.replace(/[gy]/g, '') + 'y';
  const sticky = new RegExp(p.regex.source, flags);
  return { pattern: p, sticky, back: p.back ?? 0, wholeMatch: !p.regex.source.includes('(?<s>'), last: globalThis.__CONTENT_SCRIPT__ || p.validate ? null : { value: null, word: undefined, scored: null } };
}

/**
 * Whether a pattern is tried at an occurrence of `anchor`: its declared anchors, else any anchor
 * compatible with a literal it starts with. Without this, every pattern of a 20-pattern rule ran
 * its regex at every hit of every anchor of the rule (`ac` in `back`, `cio` in `precious`).
 */
function appliesTo(c: CompiledPattern, anchor: string): boolean {
  if (c.pattern.anchors) return c.pattern.anchors.includes(anchor);
  if (c.back > 0) return true;
  const leads = leadingLiterals(c.pattern.regex.source);
  return leads === null || leads.some((lead) => lead.startsWith(anchor) || anchor.startsWith(lead));
}

/**
 * The union of tables over the original text as one over its lower-cased form: a lower-case letter
 * may follow where its upper-case form may. `k` always may: the Kelvin sign (U+212A), the one
 * character beyond ASCII that lower-cases into ASCII, is never turned away in the original text.
 */
function lowerCased(tables: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(128);
  out[0x6b] = 1;
  for (const t of tables) for (let c = 0; c < 128; c++) if (t[c] === 1) out[String.fromCharCode(c).toLowerCase().charCodeAt(0)] = 1;
  return out;
}

/** What may follow an anchor for any of the patterns tried there, in the lower-cased text (`SecretScanner.next`). */
function nextInLower(tried: readonly AnchoredPattern[]): Uint8Array | null {
  if (tried.length === 0) return new Uint8Array(128);
  return tried.some((t) => t.next === null) ? null : lowerCased(tried.map((t) => t.next as Uint8Array));
}

/** The probe every pattern tried at an anchor shares, as `[offset, char code]`, or `null` (`SecretScanner.probe`). */
function probeOf(tried: readonly AnchoredPattern[]): readonly [number, number] | null {
  const probes = new Set(tried.map((t) => String(t.c.pattern.probe)));
  const probe = tried[0]?.c.pattern.probe;
  return probes.size === 1 && probe ? [probe[0], probe[1].charCodeAt(0)] : null;
}

/** End of the run of word characters containing `at`. */
function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

export function defineSecretRule(spec: SecretRuleSpec): SecretDetector {
  const compiled = spec.patterns.map(compile);
  const tried = (anchor: string) => (c: CompiledPattern): AnchoredPattern => ({
    c,
    // The page's build leaves the tables out (its 85 KB budget; build-flags.d.ts): it scans one
    // prompt as typed, the worker every submit and paste.
    next: globalThis.__CONTENT_SCRIPT__ || c.back !== 0 ? null : charsAfter(c.pattern.regex.source, c.pattern.regex.flags, anchor),
  });
  const byAnchor = new Map(spec.keywords.map((k) => [k, compiled.filter((c) => appliesTo(c, k)).map(tried(k))] as const));
  const anyAnchor = compiled.map((c): AnchoredPattern => ({ c, next: null }));
  // When every pattern must start on a word boundary at its anchor, a hit inside a word (the 2nd
  // `AKIA` of `AKIAAKIA…`) rules out the whole word: skip it instead of visiting each repeat.
  const wordStartOnly = compiled.every(boundaryFirst);
  const scanner: SecretScanner = {
    anchors: spec.keywords,
    ...(globalThis.__CONTENT_SCRIPT__
      ? {}
      : {
          next: (anchor: string) => nextInLower(byAnchor.get(anchor) ?? anyAnchor),
          probe: (anchor: string) => probeOf(byAnchor.get(anchor) ?? anyAnchor),
          // Otherwise, at an anchor whose every pattern needs a word start, a hit inside a word
          // consumes nothing: the sweep skips it without calling `at` (`SecretScanner.wordStart`).
          wordStart: (anchor: string) => {
            const tried = byAnchor.get(anchor) ?? anyAnchor;
            return !wordStartOnly && tried.length > 0 && tried.every((t) => boundaryFirst(t.c));
          },
        }),
    at(input, at, anchor, out) {
      const { text } = input;
      if (wordStartOnly && at > 0 && isWordChar(text.charCodeAt(at - 1))) return wordEnd(text, at);
      let resume = at;
      for (const { c, next } of byAnchor.get(anchor) ?? anyAnchor) {
        // A character the format cannot continue with turns the anchor away before any regex runs.
        if (!globalThis.__CONTENT_SCRIPT__ && !mayFollow(next, text, at + anchor.length)) continue;
        const probe = c.pattern.probe;
        if (probe && input.lower[at + probe[0]] !== probe[1]) continue;
        if (c.pattern.gate && !c.pattern.gate(text, at)) continue;
        const boundary = c.pattern.leftBoundary !== false;
        for (let s = Math.max(0, at - c.back); s <= at; s++) {
          if (boundary && c.wholeMatch && s > 0 && isWordChar(text.charCodeAt(s - 1))) continue;
          c.sticky.lastIndex = s;
          const m = c.sticky.exec(text);
          if (m === null || m[0].length === 0) continue;
          const group = m.indices?.groups?.s;
          const [start, end] = group ?? [s, s + m[0].length];
          if (!c.wholeMatch && !group) continue;
          resume = Math.max(resume, s + m[0].length);
          if (boundary && start > 0 && isWordChar(text.charCodeAt(start - 1))) break;
          const cand = globalThis.__CONTENT_SCRIPT__ || c.last === null ? scoreCandidate(input, start, end, c.pattern, spec) : rememberedScore(input, start, end, c.pattern, spec, c.last);
          if (cand) out.push(cand);
          break;
        }
      }
      return resume;
    },
  };
  const detect = singleRuleScan(scanner);
  return {
    id: spec.id,
    category: 'secret',
    description: spec.description,
    validation: spec.validation,
    severity: spec.severity,
    placeholder: spec.placeholder,
    keywords: spec.keywords,
    scanner,
    detect,
  };
}
