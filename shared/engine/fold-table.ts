/**
 * Character folding table for the matching view (see normalize.ts). Maps a code point to its
 * replacement: '' removes it, otherwise an ASCII string. Built once at module load and never
 * mutated, so it is shared state only in the sense a constant is.
 *
 * Sources: Unicode "Default_Ignorable_Code_Point" and "Bidi_Control" properties for removals,
 * UTS #39 confusables.txt for the Cyrillic/Greek lookalikes (only the ones that render identically
 * to a Latin letter in common fonts), and NFKC for fullwidth forms and mathematical alphanumerics.
 */

const ranges = (from: number, to: number): number[] => {
  const out: number[] = [];
  for (let cp = from; cp <= to; cp++) out.push(cp);
  return out;
};

/** Invisible characters used to split tokens (zero-width, bidi controls, variation selectors, tags). */
const INVISIBLE = [
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x3164, 0xfeff, 0xffa0,
  ...ranges(0x200b, 0x200f), ...ranges(0x202a, 0x202e), ...ranges(0x2060, 0x2064),
  ...ranges(0x2066, 0x206f), ...ranges(0xfe00, 0xfe0f), ...ranges(0xe0000, 0xe007f),
];

const SPACES = [0x00a0, 0x1680, 0x202f, 0x205f, 0x3000, ...ranges(0x2000, 0x200a)];
const DASHES = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63];
const SINGLE_QUOTES = [0x2018, 0x2019, 0x201a, 0x201b, 0x2032];
const DOUBLE_QUOTES = [0x201c, 0x201d, 0x201e, 0x2033];

/** UTS #39 confusables whose glyph is indistinguishable from the Latin letter. */
const LOOKALIKES =
  // Cyrillic
  'А:A В:B Е:E К:K М:M Н:H О:O Р:P С:C Т:T Х:X Ѕ:S І:I Ј:J Ү:Y Ԛ:Q Ԝ:W ' +
  'а:a е:e о:o р:p с:c у:y х:x ѕ:s і:i ј:j ԁ:d ԛ:q ԝ:w һ:h ӏ:l ' +
  // Greek
  'Α:A Β:B Ε:E Ζ:Z Η:H Ι:I Κ:K Μ:M Ν:N Ο:O Ρ:P Τ:T Υ:Y Χ:X ο:o α:a ν:v ρ:p ι:i κ:k υ:u ' +
  // Latin letters whose lower-casing changes string length (İ → i̇) or that hide an ASCII letter
  'İ:I ı:i';

function buildFoldTable(): ReadonlyMap<number, string> {
  const table = new Map<number, string>();
  for (const cp of INVISIBLE) table.set(cp, '');
  for (const cp of SPACES) table.set(cp, ' ');
  for (const cp of DASHES) table.set(cp, '-');
  for (const cp of SINGLE_QUOTES) table.set(cp, "'");
  for (const cp of DOUBLE_QUOTES) table.set(cp, '"');
  table.set(0x2028, '\n');
  table.set(0x2029, '\n');
  for (const pair of LOOKALIKES.split(' ')) {
    const [from, to] = pair.split(':');
    if (from && to) table.set(from.codePointAt(0) ?? 0, to);
  }
  // Fullwidth ASCII (U+FF01–FF5E) and mathematical alphanumerics (U+1D400–1D7FF): NFKC folds them
  // to one ASCII character each.
  for (const cp of [...ranges(0xff01, 0xff5e), ...ranges(0x1d400, 0x1d7ff)]) {
    const folded = String.fromCodePoint(cp).normalize('NFKC');
    if (folded.length === 1 && folded.charCodeAt(0) < 0x80) table.set(cp, folded);
  }
  return table;
}

export const FOLD_TABLE: ReadonlyMap<number, string> = buildFoldTable();
