/**
 * One pass over the lower-cased text that finds every anchor literal of every secret rule.
 *
 * Mature scanners (gitleaks' keyword prefilter, Hyperscan in noseyparker) never run one regex per
 * rule over the whole input: they find the rules' literals in a single sweep and run each rule's
 * regex only where its literal occurs. Here each literal is indexed by its *rarest* two adjacent
 * characters (`k_` of `pk_live_`, `cr` of `secret`, never `th`/`er`), in a 16 K-entry table built
 * once from the rules' static data: the sweep costs one table lookup per character, and only the
 * few positions whose bigram is indexed compare strings.
 */

/** Literals are ASCII; the table covers two 7-bit characters. */
const ASCII = 128;

/**
 * Rough per-mille frequency of characters in English prose and code (letters: Lewand's English
 * letter frequencies; digits and punctuation estimated from source code). A literal is indexed on
 * the adjacent pair with the lowest product, so the sweep stops at few positions.
 */
const CHAR_FREQUENCY: Readonly<Record<string, number>> = {
  e: 127, t: 91, a: 82, o: 75, i: 70, n: 67, s: 63, h: 61, r: 60, d: 43, l: 40, c: 28, u: 28, m: 24, w: 24, f: 22,
  g: 20, y: 20, p: 19, b: 15, v: 10, k: 8, j: 2, x: 2, q: 1, z: 1, ' ': 150, '.': 15, ',': 10, '"': 8, "'": 6,
  '(': 5, ')': 5, '=': 4, ':': 3, '/': 3, '-': 3, _: 3, '0': 4, '1': 4, '2': 3,
};
/** Digits 3–9 and rarer symbols. */
const DEFAULT_FREQUENCY = 2;

function bigramRank(pair: string): number {
  return (CHAR_FREQUENCY[pair[0] ?? ''] ?? DEFAULT_FREQUENCY) * (CHAR_FREQUENCY[pair[1] ?? ''] ?? DEFAULT_FREQUENCY);
}

/** Where a literal is indexed: the offset of its rarest bigram (one-character literals: 0). */
function indexOffset(lit: string): number {
  let best = 0;
  for (let o = 1; o + 1 < lit.length; o++) if (bigramRank(lit.slice(o, o + 2)) < bigramRank(lit.slice(best, best + 2))) best = o;
  return best;
}

export interface AnchorIndex {
  /** All distinct literals; a hit reports the literal's position in this list. */
  readonly literals: readonly string[];
  /** Per literal: the offset of the bigram it is indexed on. */
  readonly offsets: Int32Array;
  /** `(c0 << 7) | c1` → first slot in `slots` of the literals indexed on these characters. */
  readonly first: Int32Array;
  /** … and one past the last. Equal to `first` when none is. */
  readonly last: Int32Array;
  /** Literal numbers grouped by indexed bigram, longest literal first within a group. */
  readonly slots: Int32Array;
  /**
   * Per slot: one more character of the literal (just after the indexed bigram, else just
   * before it; -1 for two-character literals) and its position relative to the bigram. Compared
   * before `startsWith`: most bigram hits of a 900-literal index fail on this one character.
   */
  readonly check: Int32Array;
  readonly checkAt: Int32Array;
}

/**
 * Indexes literals by their rarest bigram. A one-character literal (`.`) is listed under every
 * bigram it starts; such anchors are only for rules whose `at` rejects most hits in constant time
 * (see discord.ts).
 */
export function buildAnchorIndex(literals: Iterable<string>): AnchorIndex {
  const list = [...new Set(literals)];
  const groups = new Map<number, number[]>();
  const offsets = new Int32Array(list.length);
  for (const [n, lit] of list.entries()) {
    if (lit.length === 0 || lit !== lit.toLowerCase() || [...lit].some((ch) => ch.charCodeAt(0) >= ASCII)) {
      throw new Error(`secret anchor ${JSON.stringify(lit)} must be non-empty lower-case ASCII`);
    }
    const o = indexOffset(lit);
    offsets[n] = o;
    const c0 = lit.charCodeAt(o);
    const keys = lit.length === 1 ? Array.from({ length: ASCII }, (_, c1) => (c0 << 7) | c1) : [(c0 << 7) | lit.charCodeAt(o + 1)];
    for (const key of keys) (groups.get(key) ?? groups.set(key, []).get(key))?.push(n);
  }
  const first = new Int32Array(ASCII * ASCII);
  const last = new Int32Array(ASCII * ASCII);
  const slots: number[] = [];
  for (const [key, members] of groups) {
    members.sort((x, y) => (list[y]?.length ?? 0) - (list[x]?.length ?? 0));
    first[key] = slots.length;
    slots.push(...members);
    last[key] = slots.length;
  }
  const checkAt = Int32Array.from(slots, (n) => ((offsets[n] ?? 0) + 2 < (list[n]?.length ?? 0) ? 2 : -1));
  const check = Int32Array.from(slots, (n, k) => {
    const k2 = (offsets[n] ?? 0) + (checkAt[k] ?? 0);
    return k2 >= 0 && k2 < (list[n]?.length ?? 0) ? (list[n]?.charCodeAt(k2) ?? -1) : -1;
  });
  return { literals: list, offsets, first, last, slots: Int32Array.from(slots), check, checkAt };
}

/**
 * Calls `visit(rule, literal, position)` for every occurrence of every literal in `lower`, for
 * each rule in `owners[literal]` whose `resume` position it has reached. Hits come in the order of
 * their indexed bigram, so a literal's start may precede an earlier hit's by less than its
 * length; rules read their identifiers both ways, so this does not change what they find.
 * Linear: each position costs one table lookup; only positions on an indexed bigram compare
 * strings, and hits inside a span a rule has already consumed cost an integer comparison.
 */
export function sweepAnchors(
  lower: string,
  index: AnchorIndex,
  owners: readonly Int32Array[],
  resume: Int32Array,
  visit: (rule: number, literal: number, at: number) => void,
): void {
  const { first, last, slots, offsets, literals, check, checkAt } = index;
  const end = lower.length;
  let c0 = lower.charCodeAt(0);
  for (let i = 0; i < end; i++) {
    // Past the end charCodeAt is NaN → 0: one-character literals still match at the last position.
    const c1 = lower.charCodeAt(i + 1) | 0;
    if ((c0 | c1) < ASCII) {
      const key = (c0 << 7) | c1;
      const to = last[key] as number;
      for (let k = first[key] as number; k < to; k++) {
        const c = check[k] as number;
        if (c >= 0 && lower.charCodeAt(i + (checkAt[k] as number)) !== c) continue;
        const n = slots[k] as number;
        const at = i - (offsets[n] as number);
        if (at < 0 || !lower.startsWith(literals[n] as string, at)) continue;
        const rules = owners[n] as Int32Array;
        for (let j = 0; j < rules.length; j++) {
          const r = rules[j] as number;
          if (at >= (resume[r] as number)) visit(r, n, at);
        }
      }
    }
    c0 = c1;
  }
}
