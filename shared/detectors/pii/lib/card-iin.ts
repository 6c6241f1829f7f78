/**
 * Issuer identification number (IIN) ranges and lengths per scheme, from the card networks'
 * published ranges (as summarised in ISO/IEC 7812 and Wikipedia's "Payment card number" table,
 * 2024). A number must fall in one scheme's range AND have one of its lengths.
 */
interface Scheme {
  readonly name: string;
  /** Inclusive prefix ranges, compared on the first `String(from).length` digits. */
  readonly ranges: readonly (readonly [number, number])[];
  readonly lengths: readonly number[];
}

const SCHEMES: readonly Scheme[] = [
  { name: 'visa', ranges: [[4, 4]], lengths: [13, 16, 19] },
  { name: 'mastercard', ranges: [[51, 55], [2221, 2720]], lengths: [16] },
  { name: 'amex', ranges: [[34, 34], [37, 37]], lengths: [15] },
  { name: 'discover', ranges: [[6011, 6011], [644, 649], [65, 65], [622126, 622925]], lengths: [16, 17, 18, 19] },
  { name: 'diners', ranges: [[300, 305], [36, 36], [38, 39], [3095, 3095]], lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'jcb', ranges: [[3528, 3589]], lengths: [16, 17, 18, 19] },
  // Legacy JCB 15-digit ranges, still printed on old cards.
  { name: 'jcb', ranges: [[1800, 1800], [2131, 2131]], lengths: [15] },
  { name: 'unionpay', ranges: [[62, 62], [81, 81]], lengths: [16, 17, 18, 19] },
  { name: 'maestro', ranges: [[50, 50], [56, 69]], lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { name: 'mir', ranges: [[2200, 2204]], lengths: [16, 17, 18, 19] },
  { name: 'rupay', ranges: [[60, 60], [508, 508], [652, 653]], lengths: [16] },
  { name: 'uatp', ranges: [[1, 1]], lengths: [15] },
];

/** The scheme a digit string belongs to, or `undefined`. */
export function cardScheme(digits: string): string | undefined {
  for (const s of SCHEMES) {
    if (!s.lengths.includes(digits.length)) continue;
    for (const [from, to] of s.ranges) {
      const prefix = Number(digits.slice(0, String(from).length));
      if (prefix >= from && prefix <= to) return s.name;
    }
  }
  return undefined;
}
