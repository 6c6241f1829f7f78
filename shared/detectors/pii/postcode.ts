import type { Candidate, Detector } from '../../engine/types';
import { literalHits } from './lib/anchors';
import { joinCandidates, scanRegex } from './lib/regex-scan';

/**
 * UK postcodes (Royal Mail format: outward A9 / A99 / AA9 / AA99 / A9A / AA9A, inward 9AA, plus
 * the Girobank "GIR 0AA") are distinctive enough alone; other countries' codes need a
 * "zip"/"postcode" label. A postcode alone covers thousands of people, so findings are low severity.
 *
 * Speed: the UK pattern is anchored on the outward code's digit (a digit-first regex; the letters
 * before it are read by a look-behind), labelled codes on the label (`indexOf`).
 */
const UK = /\d(?<=(?<![A-Za-z0-9])([A-PR-UWYZ][A-HK-Y]?)\d)[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9])|GIR(?<![A-Za-z0-9]GIR) ?0AA(?![A-Za-z0-9])/g;
/**
 * After a label: US ZIP(+4) and other all-digit codes (3 digits: Iceland, Faroe; 6: India,
 * Russia, China), Brazil's CEP 99999-999, Japan 999-9999, Poland 99-999, the Netherlands 9999 AA,
 * Canada A9A 9A9.
 */
const LABELLED = /(?<![\w-])(?:\d{4,5}-\d{3,4}|\d{3}-\d{4}|\d{2}-\d{3}|\d{4} ?[A-Z]{2}|\d{3,6}|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?![\w-])/g;
const CONTEXT = ['zip', 'zipcode', 'zip code', 'postcode', 'postal code', 'post code', 'plz', 'cep', 'code postal', 'postleitzahl', 'código postal', 'codigo postal'];
/** Characters after a label in which a code must start ("zip code is 94105"). */
const REACH = 24;

const isAlnum = (c: string): boolean => /[a-z0-9]/.test(c);

function labelled(text: string, lower: string): Candidate[] {
  const out: Candidate[] = [];
  let after = 0;
  for (const pos of literalHits(lower, CONTEXT)) {
    // The longest label that ends a word here ("zip code" over "zip", and "zipcode" at all).
    const word = CONTEXT.filter((w) => lower.startsWith(w, pos) && !isAlnum(lower.charAt(pos + w.length))).sort((a, b) => b.length - a.length)[0];
    if (word === undefined || isAlnum(lower.charAt(pos - 1)) || pos + word.length < after) continue;
    const end = pos + word.length;
    // One character of lead so the value's look-behind sees what precedes it; values are ≤ 10 long.
    const from = Math.max(after, end - 1);
    const window = text.slice(from, end + REACH + 12);
    LABELLED.lastIndex = 0;
    for (let m = LABELLED.exec(window); m !== null && from + m.index <= pos + REACH; m = LABELLED.exec(window)) {
      out.push({ start: from + m.index, end: from + m.index + m[0].length, rule: 'labelled-zip', confidence: 0.7 });
      after = from + m.index + m[0].length;
    }
  }
  return out;
}

export const postcode: Detector = {
  id: 'pii.postcode',
  category: 'pii',
  description: 'Postcodes: UK format alone, other countries’ codes after a zip/postcode label; low severity.',
  validation: 'Royal Mail outward/inward letter rules, or label',
  severity: 'low',
  placeholder: 'POSTCODE',
  detect: ({ text, lower }) =>
    joinCandidates(
      scanRegex(UK, text, (m) => {
        const start = m.index - (m[1]?.length ?? 0);
        return { start, end: m.index + m[0].length, rule: 'uk-postcode', confidence: 0.6 };
      }),
      labelled(text, lower),
    ),
};
