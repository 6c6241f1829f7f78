/**
 * How common a pair of adjacent characters is in prose and code, for indexes that find many
 * literals in one pass by their *rarest* pair (the secret rules' anchor sweep, the source-code
 * language markers): the pass then stops at few positions (`k_` of `pk_live_`, `=>`), never at
 * `th` or `er`.
 */

/**
 * Rough per-mille frequency of characters in English prose and code (letters: Lewand's English
 * letter frequencies; digits and punctuation estimated from source code). Breaks ties between
 * bigrams that are not in COMMON_BIGRAMS.
 */
const CHAR_FREQUENCY: Readonly<Record<string, number>> = {
  e: 127, t: 91, a: 82, o: 75, i: 70, n: 67, s: 63, h: 61, r: 60, d: 43, l: 40, c: 28, u: 28, m: 24, w: 24, f: 22,
  g: 20, y: 20, p: 19, b: 15, v: 10, k: 8, j: 2, x: 2, q: 1, z: 1, ' ': 150, '.': 15, ',': 10, '"': 8, "'": 6,
  '(': 5, ')': 5, '=': 4, ':': 3, '/': 3, '-': 3, _: 3, '0': 4, '1': 4, '2': 3,
};
/** Digits 3–9 and rarer symbols. */
const DEFAULT_FREQUENCY = 2;
/**
 * English letter pairs, most frequent first (after Norvig's Google Books counts, "English Letter
 * Frequency Counts: Mayzner Revisited"). Letter products alone rank `pa`, `ig` or `gh` as rare;
 * in text they are not, and 700 provider names indexed on them made a third of all positions
 * stop. Any pair in this list ranks as more frequent than any pair outside it.
 */
const COMMON_BIGRAMS = (
  'th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri ro ic ne ' +
  'ea ra ce li ch ll be ma si om ur ca el ta la ns di fo ho pe ec pr no ct us ac ot il tr ly nc et ut ss so rs un lo wa ' +
  'ge ie wh ee wi em ad ol rt po we na ul ni ts mo ow pa im mi ai sh ir su id os iv ia am fi ci vi pl ig tu ev ld ry mp ' +
  'fe bl ab gh ty op wo sa ay ex ke fr oo av ag if ap gr od bo sp rd do uc bu ei ov by rm ep tt oc fa ef cu rn sc gi da ' +
  'yo cr cl du ga qu ue ff ba ey ls va um pp ua up lu go ht ru ug ds lt pi rc rr eg au ck ew mu br bi pt ak pu ui rg ib ' +
  'tl ny ki rk ys ob mm fu ph og ms ye ud mb ip ub oi rl gu dr hr cc tw ft wn nu af hu nn eo vo rv nf xp gn sm fl iz ok'
).split(' ');
const COMMON_RANK = new Map(COMMON_BIGRAMS.map((pair, i) => [pair, COMMON_BIGRAMS.length - i] as const));
/** Above any product of two CHAR_FREQUENCY values (150 × 150). */
const COMMON_WEIGHT = 1 << 15;

/** Pairs with a space (every word boundary) or a run of dashes (Markdown rules, CLI flags). */
const WHITESPACE_OR_RULE = /\s|--/;

/** Lower ranks are rarer pairs: a literal is indexed on its lowest. */
export function bigramRank(pair: string): number {
  const product = (CHAR_FREQUENCY[pair[0] ?? ''] ?? DEFAULT_FREQUENCY) * (CHAR_FREQUENCY[pair[1] ?? ''] ?? DEFAULT_FREQUENCY);
  const common = WHITESPACE_OR_RULE.test(pair) ? COMMON_BIGRAMS.length + 1 : (COMMON_RANK.get(pair) ?? 0);
  return common * COMMON_WEIGHT + product;
}

/**
 * The offset of `lit`'s rarest pair among the offsets `usable` accepts, or -1 when none is (a
 * one-character literal, or no usable pair).
 */
export function rarestBigram(lit: string, usable: (offset: number) => boolean = () => true): number {
  let best = -1;
  let bestRank = Infinity;
  for (let o = 0; o + 1 < lit.length; o++) {
    if (!usable(o)) continue;
    const r = bigramRank(lit.slice(o, o + 2));
    if (r < bestRank) {
      best = o;
      bestRank = r;
    }
  }
  return best;
}
