import { FLOOD_REACH, profileOf } from '../profile';
import type { IntentRule } from '../rule';

/**
 * Token floods: one short token repeated dozens of times ("ö ö ö …", ") ] } ) ] }", "12345 12345
 * …") or glued ("artisanlibartisanlib…") to push the real instructions out of the model's
 * attention (PurpleLlama "repeated_token_attack", Tensor Trust). profile.ts decides, in the pass it
 * shares with the decoders, whether and where a flood is (thresholds and why there); the pattern
 * below only finds its span near that place, so it never runs on ordinary prompts or over a whole
 * paste.
 */
export const tokenFloodRules: readonly IntentRule[] = [
  {
    id: 'token-flood',
    keywords: [],
    window: (lower) => {
      const at = profileOf(lower).floodAt;
      return at < 0 ? null : [Math.max(0, at - FLOOD_REACH), Math.min(lower.length, at + FLOOD_REACH)];
    },
    // Spaced or glued short units (30+), glued 13–24-character units (6+), bracket runs (40+),
    // 4–8-word sentences (8+). Tokens are bounded ({1,40}): an unbounded `\S+` backtracks over
    // every suffix of a long token, quadratic in its length.
    pattern: /((?=\S{0,11}[\p{L})\]}]|\d{3})\S{1,12}?(?:\s+\S{1,12}?){0,2}?)(?:\s*\1){29,}|((?=\S{0,23}\p{L})\S{13,24}?)\2{5,}|[()[\]{}]{40,}|((?:\S{1,40}\s+){3,7}?\S{1,40})(?:\s+\3){7,}/gu,
    confidence: 0.8,
    severity: 'medium',
    note: 'one token repeated dozens of times to drown the instructions',
  },
];
