import type { IntentRule } from '../rule';

/**
 * Token floods: one short token repeated dozens of times ("ö ö ö …", ") ] } ) ] }") to push the
 * real instructions out of the model's attention (PurpleLlama "repeated_token_attack", Tensor
 * Trust). 30 repeats: no benign prompt in the development corpus comes close; separators like
 * "=====" have no letter or bracket and do not count.
 */
const FLOOD_REPEATS = 30;

/** Longest token worth checking for a glued flood ("artisanlibartisanlib…"). */
const GLUED_MIN_CHARS = 60;
const MAX_PERIOD = 12;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}

/** Token `[start, end)` is one short unit repeated 30+ times with nothing between. */
function isGluedFlood(text: string, start: number, end: number): boolean {
  if (end - start < GLUED_MIN_CHARS) return false;
  for (let p = 1; p <= MAX_PERIOD; p++) {
    if ((end - start) / p < FLOOD_REPEATS) break;
    let i = start + p;
    while (i < end && text.charCodeAt(i) === text.charCodeAt(i - p)) i++;
    if (i === end) return true;
  }
  return false;
}

/**
 * Linear scan without allocation: a token equals the one 1–3 places before it 30 times in a row
 * (tokens compared by FNV hash), or one long token is a glued repetition. The first version
 * split the text into an array and cost more than all other rules together.
 */
function hasTokenRun(text: string): boolean {
  const prev = [0, 0, 0];
  const runs = [0, 0, 0];
  let tokens = 0;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const start = i;
    let h = 0x811c9dc5;
    while (i < text.length && !isSpace(text.charCodeAt(i))) h = Math.imul(h ^ text.charCodeAt(i++), 0x01000193);
    if (isGluedFlood(text, start, i)) return true;
    for (let k = 0; k < 3; k++) {
      runs[k] = tokens > k && prev[k] === h ? runs[k]! + 1 : 0;
      if (runs[k]! >= FLOOD_REPEATS - 1) return true;
    }
    prev[2] = prev[1]!;
    prev[1] = prev[0]!;
    prev[0] = h;
    tokens++;
  }
  return false;
}

export const tokenFloodRules: readonly IntentRule[] = [
  {
    id: 'token-flood',
    keywords: [],
    precheck: hasTokenRun,
    pattern: /((?=\S{0,11}[\p{L})\]}])\S{1,12}?(?:\s+\S{1,12}?){0,2}?)(?:\s*\1){29,}/gu,
    confidence: 0.7,
    severity: 'medium',
    note: 'one token repeated dozens of times to drown the instructions',
  },
];
