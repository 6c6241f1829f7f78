/**
 * Capitalised token sequences ("Malvina Sandberg", "Drake PLC", "Ostrov nad Ohrí") found by one
 * linear regex. Particles (van, de, nad …) may sit inside a sequence but not at its ends.
 */
const WORD = "[\\p{Lu}][\\p{L}\\p{M}'’-]{0,30}";
/** Honorifics keep their dot; any other dot ends the sequence (it usually ends a sentence). */
const HONORIFIC = '(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St)\\.';
const INITIAL = '[\\p{Lu}]\\.?';
/** "Richard M. Nixon": a dotted initial mid-name; tried before WORD, which would stop at the dot. */
const MID_INITIAL = '[\\p{Lu}]\\.(?=[ \\t][\\p{Lu}])';
const PARTICLE = '(?:van|von|de|del|der|den|da|di|do|dos|du|la|le|nad|bin|al|el|y|and|&)';
/** At most 6 words: longer capitalised runs are titles and headings, not names. */
export const SEQUENCE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${HONORIFIC}|${WORD})(?:[ \\t](?:${MID_INITIAL}|(?:${PARTICLE}[ \\t])?(?:${HONORIFIC}|${WORD})|${INITIAL})(?![\\p{L}\\p{N}])){0,5}(?![\\p{L}\\p{N}])`,
  'gu',
);

export interface Sequence {
  readonly start: number;
  readonly end: number;
  readonly words: readonly string[];
  /** Followed by ": " — a speaker label in a transcript or a form field value. */
  readonly speaker: boolean;
  /** The sequence starts a sentence (its capital may be grammatical, not a name). */
  readonly sentenceStart: boolean;
}

export function* sequences(text: string, limit = 400): Generator<Sequence> {
  SEQUENCE.lastIndex = 0;
  // The limit is checked before each search: one past it could scan the rest of the text for nothing.
  for (let n = 0; n < limit; n++) {
    const m = SEQUENCE.exec(text);
    if (m === null) return;
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    // "Edi Živković's Cautionary Tales": a possessive ends the name; rescan after the "'s".
    const possessive = /['’]s(?=[ \t])/.exec(m[0]);
    const value = possessive ? m[0].slice(0, possessive.index) : m[0];
    if (possessive) SEQUENCE.lastIndex = m.index + possessive.index + 2;
    yield {
      start: m.index,
      end: m.index + value.length,
      words: value.split(/[ \t]+/),
      speaker: /^:\s/.test(text.slice(m.index + value.length, m.index + value.length + 2)),
      sentenceStart: m.index === 0 || /(?:[.!?;"“(]\s*|\n\s*|^\s*)$/.test(before),
    };
  }
}
