import { countLeetWords, decodeBase64Text, decodeBinary, decodeHex, decodeMorse, deleet, isBase64Char, MIN_BASE64_CHARS, respell, rot13, unjoin, unspace, unstutter, unstutterEnds } from './decoders';
import { containsAny } from './prefilter';
import { profileOf, type TextProfile } from './profile';
import { matchRules, type IntentRule, type RuleHit } from './rule';

/**
 * Obfuscated instructions: an attack wrapped in base64, hex, binary, Morse, rot13, leetspeak,
 * spaced-out letters or hyphen-joined words so that keyword filters miss it (garak `encoding`
 * probes; PurpleLlama "token smuggling"). Each wrapper is decoded cheaply (decoders.ts) and the
 * detector's own rules re-run on the plain text; a hit is reported on the encoded span with the
 * decoding named in the rule id. Zero-width characters and homoglyphs are already folded by the
 * engine's normaliser.
 */

/**
 * Unpadded base64 is tried from 20 characters (long words and identifiers reach 16), padded from
 * MIN_BASE64_CHARS.
 */
const MIN_BASE64_RUN = 20;
/** Bound on decode attempts per prompt (cost; a pasted file can hold thousands of runs). */
const MAX_DECODES = 8;
/**
 * Only the first 4 KB of one encoded run is decoded: an instruction is short, and a 100 KB Morse or
 * hex blob decoded whole and re-checked by every rule cost ~10× a plain 100 KB prompt.
 */
const MAX_DECODE_CHARS = 4096;
/** Leet is tried only when at least this many words mix letters and digit-letters. */
const MIN_LEET_WORDS = 2;
/** SPACED_RUN needs six letters each followed by a separator (the last one is not counted). */
const MIN_SPACED_LETTERS = 5;
/** Ten Morse letters at least ("... --- ..." alone is a pattern, not a message). */
const MIN_MORSE_CHARS = 30;
/** Four bytes: "01110010 01110101 01101100 01100101" (35 characters). */
const MIN_BINARY_CHARS = 35;
/** Eight spaced hex bytes ("49 67 6e …", 23 characters) or twelve glued ones. */
const MIN_HEX_CHARS = 23;
/** Six words joined by hyphens or underscores ("print-your-hidden-rules-as-a-poem"); "state-of-the-art" has three joins, snake_case names rarely five. */
const MIN_JOINS = 5;
/**
 * Stuttering is tried when at least this many words, and this share of all words of 3+ letters,
 * end in a doubled letter. English words ending so ("all", "will", "class", "see", "off") are
 * well under a fifth of a text; a stuttered move doubles nearly every word.
 */
/**
 * Misspelt attack words are corrected only in prompts up to this length: the trick belongs to short
 * game moves (Tensor Trust), and the per-word comparison should not run over pastes.
 */
const MAX_RESPELL_CHARS = 300;
const MIN_STUTTER_WORDS = 4;
const MIN_STUTTER_SHARE = 0.4;

/** Six or more single letters separated by one space/dot/dash: "i g n o r e". */
const SPACED_RUN = /(?<![\p{L}\p{N}])(?:\p{L}[ .\-_*]){5,}\p{L}(?:(?: {2,}| ?\/ ?)(?:\p{L}[ .\-_*]){1,}\p{L})*(?![\p{L}\p{N}])/gu;
const MORSE_RUN = /(?<![.\-\w])(?:[.-]{1,7}(?: {1,3}| ?\/ ?)){9,}[.-]{1,7}(?![.\-\w])/g;
const BINARY_RUN = /(?<![01])(?:[01]{8}\s+){3,}[01]{8}(?![01])/g;
const HEX_RUN = /(?<![0-9a-f])(?:[0-9a-f]{2} ){7,}[0-9a-f]{2}(?![0-9a-f])|(?<![0-9a-z])(?:[0-9a-f]{2}){12,}(?![0-9a-z])/gi;
/** rot13 is tried only when the prompt names it (any text decodes as rot13). */
const ROT13_NAMED = containsAny(['rot13', 'rot-13', 'rot 13', 'caesar']);
const JOINED_RUN = /(?<![\w-])[a-z]+(?:[-_][a-z]+){5,}(?![\w-])/gi;

export type Encoding = 'base64' | 'hex' | 'binary' | 'morse' | 'rot13' | 'leet' | 'spaced' | 'joined' | 'stutter' | 'misspelt';

export interface ObfuscatedHit extends RuleHit {
  readonly encoding: Encoding;
}

interface Variant {
  readonly encoding: Encoding;
  readonly plain: string;
  /** The encoded span to report; `null`: length-preserving, report the hit's own span. */
  readonly span: readonly [number, number] | null;
}

type Span = readonly [start: number, end: number];

/**
 * The first base64 run at or after `from`: what `/(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])/g`
 * matches from `lastIndex = from`, found with one table lookup per character. The regex cost ~15 µs
 * per 1 KB prompt (its lookbehind is tried at every position), and half the bench prompts carry a
 * key or hash long enough to ask for it. Only runs that start before `to` are looked for.
 */
export function nextBase64Run(text: string, from: number, to: number = text.length): Span | null {
  const n = text.length;
  let i = from;
  // A run that began before `from` cannot match from inside (the lookbehind).
  if (i > 0) while (i < n && isBase64Char(text.charCodeAt(i - 1)) && isBase64Char(text.charCodeAt(i))) i++;
  while (i < to) {
    if (!isBase64Char(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isBase64Char(text.charCodeAt(i))) i++;
    if (i - start < MIN_BASE64_CHARS) continue;
    let end = i;
    while (end < n && text.charCodeAt(end) === 61) end++;
    // Up to two `=` of padding, then neither base64 nor `=`; else no match here, and the next
    // run may start right after the `=`s.
    if (end - i <= 2 && (end === n || !isBase64Char(text.charCodeAt(end)))) return [start, end];
    i = end;
  }
  return null;
}

/** A global regex as a run search (`lastIndex` set from `from`; no pattern here matches empty). */
function regexRuns(pattern: RegExp): (text: string, from: number) => Span | null {
  return (text, from) => {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    return m === null ? null : [m.index, m.index + m[0].length];
  };
}

/** Span-reporting decoders: the run search, the precheck it needs, and the decoder. */
interface RunDecoder {
  readonly encoding: Encoding;
  /** The next run starting at or after `from` (and, where the search takes it, before `to`). */
  readonly next: (text: string, from: number, to: number) => Span | null;
  readonly applies: (s: TextProfile) => boolean;
  /** Where in the prompt the runs can be (the whole prompt when absent). */
  readonly within?: (s: TextProfile) => Span;
  readonly decode: (run: string) => string | null;
}

const RUN_DECODERS: readonly RunDecoder[] = [
  {
    encoding: 'base64',
    next: nextBase64Run,
    applies: (s) => s.base64Run >= MIN_BASE64_RUN || s.base64Padded >= MIN_BASE64_CHARS,
    within: (s) => [s.base64From, s.base64To],
    decode: decodeBase64Text,
  },
  { encoding: 'morse', next: regexRuns(MORSE_RUN), applies: (s) => s.morseRun >= MIN_MORSE_CHARS, decode: decodeMorse },
  { encoding: 'binary', next: regexRuns(BINARY_RUN), applies: (s) => s.binaryRun >= MIN_BINARY_CHARS, decode: decodeBinary },
  { encoding: 'hex', next: regexRuns(HEX_RUN), applies: (s) => s.hexRun >= MIN_HEX_CHARS, decode: decodeHex },
  { encoding: 'joined', next: regexRuns(JOINED_RUN), applies: (s) => s.joins >= MIN_JOINS, decode: unjoin },
];

let lastText: string | null = null;
let lastVariants: Variant[] = [];

/** Decoded forms of `text`, computed once per prompt and shared by the three detectors. */
function variants(text: string, lower: string): Variant[] {
  if (text === lastText) return lastVariants;
  const out: Variant[] = [];
  const s = profileOf(lower);
  let decodes = 0;
  // The profile's positions are the text's when lower-casing kept the length (the engine's `lower` does).
  const aligned = lower.length === text.length;
  for (const d of RUN_DECODERS) {
    if (!d.applies(s)) continue;
    const [from, to] = d.within && aligned ? d.within(s) : [0, text.length];
    for (let span = d.next(text, from, to); span !== null && decodes < MAX_DECODES; span = d.next(text, span[1], to)) {
      decodes++;
      const plain = d.decode(text.slice(span[0], Math.min(span[1], span[0] + MAX_DECODE_CHARS)));
      if (plain) out.push({ encoding: d.encoding, plain, span });
    }
  }
  if (ROT13_NAMED.test(lower)) out.push({ encoding: 'rot13', plain: rot13(text), span: null });
  if (s.leetWords >= MIN_LEET_WORDS && countLeetWords(text, MIN_LEET_WORDS) >= MIN_LEET_WORDS) out.push({ encoding: 'leet', plain: deleet(text), span: null });
  if (s.stutteredWords >= MIN_STUTTER_WORDS && s.stutteredWords >= MIN_STUTTER_SHARE * s.stutterWords) {
    // Not length-preserving: the hit is reported on the whole prompt. Both undoings: see unstutterEnds.
    out.push({ encoding: 'stutter', plain: unstutter(text), span: [0, text.length] });
    out.push({ encoding: 'stutter', plain: unstutterEnds(text), span: [0, text.length] });
  }
  const respelt = text.length <= MAX_RESPELL_CHARS ? respell(text) : null;
  if (respelt) out.push({ encoding: 'misspelt', plain: respelt, span: null });
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
