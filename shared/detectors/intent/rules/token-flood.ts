import type { IntentRule } from '../rule';

/**
 * Token floods: one short token repeated dozens of times ("ö ö ö …", ") ] } ) ] }") to push the
 * real instructions out of the model's attention (PurpleLlama "repeated_token_attack", Tensor
 * Trust). 30 repeats: no benign prompt in the development corpus comes close; separators like
 * "=====" have no letter or bracket and do not count.
 */
const FLOOD_REPEATS = 30;

/** Linear scan: some whitespace token equals the one 1–3 places before it, 30 times in a row. */
function hasTokenRun(text: string): boolean {
  const tokens = text.split(/\s+/);
  if (tokens.length < FLOOD_REPEATS) return false;
  for (let k = 1; k <= 3; k++) {
    let run = 0;
    for (let i = k; i < tokens.length; i++) {
      run = tokens[i] === tokens[i - k] ? run + 1 : 0;
      if (run >= FLOOD_REPEATS - 1) return true;
    }
  }
  return false;
}

export const tokenFloodRules: readonly IntentRule[] = [
  {
    id: 'token-flood',
    keywords: [],
    precheck: hasTokenRun,
    pattern: /((?=\S{0,11}[\p{L})\]}])\S{1,12}?)(?:\s*\1){29,}/gu,
    confidence: 0.7,
    severity: 'medium',
    note: 'one token repeated dozens of times to drown the instructions',
  },
];
