import { matchRules, type IntentRule, type RuleHit } from './rule';

/**
 * Obfuscated instructions: an attack wrapped in base64, rot13, leetspeak or spaced-out letters
 * so that keyword filters miss it (garak `encoding` probes; PurpleLlama "token smuggling").
 * Each wrapper is decoded cheaply and the detector's own rules re-run on the plain text; a hit is
 * reported on the encoded span with the decoding named in the rule id. Zero-width characters and
 * homoglyphs are already folded by the engine's normaliser.
 */

/** base64 runs shorter than this decode to too few words to hold an instruction. */
const MIN_BASE64_CHARS = 20;
/** Bound on decode attempts per prompt (cost; a pasted file can hold thousands of runs). */
const MAX_DECODES = 8;
/** A decoded run must be mostly printable text to be worth re-checking. */
const MIN_PRINTABLE_RATIO = 0.9;
/** Leet is tried only when at least this many words mix letters and digit-letters. */
const MIN_LEET_WORDS = 2;
/** SPACED_RUN needs six letters each followed by a separator (the last one is not counted). */
const MIN_SPACED_LETTERS = 5;

const BASE64_RUN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{20,}={0,2}(?![A-Za-z0-9+/=])/g;
const LEET_WORD = /\b(?=[a-z0-9@$]*[a-z])(?=[a-z@$]*[0134579@$])[a-z0-9@$]{3,}\b/gi;
const LEET_MAP: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '9': 'g', '@': 'a', $: 's' };
/** Six or more single letters separated by one space/dot/dash: "i g n o r e". */
const SPACED_RUN = /(?<![\p{L}\p{N}])(?:\p{L}[ .\-_*]){5,}\p{L}(?:(?: {2,}| ?\/ ?)(?:\p{L}[ .\-_*]){1,}\p{L})*(?![\p{L}\p{N}])/gu;

export type Encoding = 'base64' | 'rot13' | 'leet' | 'spaced';

export interface ObfuscatedHit extends RuleHit {
  readonly encoding: Encoding;
}

export function decodeBase64Text(run: string): string | null {
  if (run.length < MIN_BASE64_CHARS || run.length % 4 === 1) return null;
  let bin: string;
  try {
    bin = atob(run.padEnd(run.length + ((4 - (run.length % 4)) % 4), '='));
  } catch {
    return null;
  }
  let printable = 0;
  for (let i = 0; i < bin.length; i++) {
    const c = bin.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 10 || c === 13 || c === 9) printable++;
  }
  return bin.length > 0 && printable / bin.length >= MIN_PRINTABLE_RATIO && bin.includes(' ') ? bin : null;
}

export function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** Length-preserving, so spans map back one to one. */
export function deleet(text: string): string {
  return text.replace(LEET_WORD, (w) => w.replace(/[0134579@$]/g, (c) => LEET_MAP[c] ?? c));
}

export function unspace(run: string): string {
  return run
    .split(/ {2,}| ?\/ ?/)
    .map((word) => word.replace(/[ .\-_*]/g, ''))
    .join(' ');
}

interface Variant {
  readonly encoding: Encoding;
  readonly plain: string;
  /** The encoded span to report; `null`: length-preserving, report the hit's own span. */
  readonly span: readonly [number, number] | null;
}

interface Shape {
  /** Longest run of base64-alphabet characters. */
  readonly base64Run: number;
  /** Words mixing letters with leet digits/symbols. */
  readonly leetWords: number;
  /** Longest "l e t t e r" run: letters each followed by one separator. */
  readonly spacedLetters: number;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || c > 127;
}

function isLeetChar(c: number): boolean {
  return c === 48 || c === 49 || c === 51 || c === 52 || c === 53 || c === 55 || c === 57 || c === 64 || c === 36;
}

/**
 * One pass over `lower` that tells which decoders can possibly apply. Running the three decoder
 * regexes unconditionally cost ~60 µs per 1 KB prompt; most prompts fail all three prechecks.
 */
function shape(lower: string): Shape {
  let base64Run = 0;
  let run = 0;
  let leetWords = 0;
  let wordLetter = false;
  let wordLeet = false;
  let spaced = 0;
  let spacedLetters = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const b64 = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
    run = b64 ? run + 1 : 0;
    if (run > base64Run) base64Run = run;
    if (isLetter(c) || (c >= 48 && c <= 57) || c === 64 || c === 36) {
      if (isLeetChar(c)) wordLeet = true;
      else if (isLetter(c)) wordLetter = true;
    } else {
      if (wordLetter && wordLeet) leetWords++;
      wordLetter = wordLeet = false;
    }
    const next = i + 1 < lower.length ? lower.charCodeAt(i + 1) : 0;
    if (isLetter(c) && (next === 32 || next === 46 || next === 45 || next === 95 || next === 42)) {
      const prev = i > 0 ? lower.charCodeAt(i - 1) : 32;
      if (!isLetter(prev) && !(prev >= 48 && prev <= 57)) spaced++;
      else spaced = 1;
      if (spaced > spacedLetters) spacedLetters = spaced;
    } else if (!(c === 32 || c === 46 || c === 45 || c === 95 || c === 42)) {
      spaced = isLetter(c) ? spaced : 0;
    }
  }
  if (wordLetter && wordLeet) leetWords++;
  return { base64Run, leetWords, spacedLetters };
}

let lastText: string | null = null;
let lastVariants: Variant[] = [];

/** Decoded forms of `text`, computed once per prompt and shared by the three detectors. */
function variants(text: string, lower: string): Variant[] {
  if (text === lastText) return lastVariants;
  const out: Variant[] = [];
  const s = shape(lower);
  let decodes = 0;
  BASE64_RUN.lastIndex = 0;
  for (let m = s.base64Run >= MIN_BASE64_CHARS ? BASE64_RUN.exec(text) : null; m !== null && decodes < MAX_DECODES; m = BASE64_RUN.exec(text)) {
    decodes++;
    const plain = decodeBase64Text(m[0]);
    if (plain) out.push({ encoding: 'base64', plain, span: [m.index, m.index + m[0].length] });
  }
  if (/\brot[- ]?13\b|\bcaesar\b/.test(lower)) out.push({ encoding: 'rot13', plain: rot13(text), span: null });
  if (s.leetWords >= MIN_LEET_WORDS && (lower.match(LEET_WORD)?.length ?? 0) >= MIN_LEET_WORDS) out.push({ encoding: 'leet', plain: deleet(text), span: null });
  SPACED_RUN.lastIndex = 0;
  for (let m = s.spacedLetters >= MIN_SPACED_LETTERS ? SPACED_RUN.exec(text) : null; m !== null; m = SPACED_RUN.exec(text)) {
    out.push({ encoding: 'spaced', plain: unspace(m[0]), span: [m.index, m.index + m[0].length] });
  }
  lastText = text;
  lastVariants = out;
  return out;
}

export function matchObfuscated(text: string, lower: string, rules: readonly IntentRule[]): ObfuscatedHit[] {
  const hits: ObfuscatedHit[] = [];
  for (const v of variants(text, lower)) {
    for (const h of matchRules(v.plain, v.plain.toLowerCase(), rules)) {
      hits.push({ rule: h.rule, start: v.span ? v.span[0] : h.start, end: v.span ? v.span[1] : h.end, encoding: v.encoding });
    }
  }
  return hits;
}
