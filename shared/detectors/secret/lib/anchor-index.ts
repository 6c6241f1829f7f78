/**
 * One pass over the lower-cased text that finds every anchor literal of every secret rule.
 *
 * Mature scanners (gitleaks' keyword prefilter, Hyperscan in noseyparker) never run one regex per
 * rule over the whole input: they find the rules' literals in a single sweep and run each rule's
 * regex only where its literal occurs. Here each literal is indexed by its *rarest* two adjacent
 * characters (`k_` of `pk_live_`, `cr` of `secret`, never `th`/`er`; rarity from a list of common
 * English pairs, then letter frequencies), in a 16 K-entry table built once from the rules' static
 * data: the sweep costs one table load per character, and only the positions whose bigram is
 * indexed compare the four characters around it with each literal there in one integer comparison,
 * then the literal itself where that matched.
 */
import { rarestBigram } from '../../../engine/bigram-rank';

/** Literals are ASCII; the table covers two 7-bit characters. */
const ASCII = 128;
/** Literal characters are below DEL. */
const DEL = 0x7f;

/** Where a literal is indexed: the offset of its rarest bigram (one-character literals: 0). */
const indexOffset = (lit: string): number => Math.max(0, rarestBigram(lit));

export interface AnchorIndex {
  /** All distinct literals; a hit reports the literal's position in this list. */
  readonly literals: readonly string[];
  /** Per literal: the offset of the bigram it is indexed on. */
  readonly offsets: Int32Array;
  /**
   * `(c0 << 7) | c1` → 1 + the number of the group of literals indexed on these characters, 0 when
   * none is: the sweep's only per-character load, 32 KB, stays in L1 (two 64 KB slot tables did not).
   */
  readonly group: Uint16Array;
  /** Per group (index 0 unused): its first slot in `slots` … */
  readonly first: Int32Array;
  /** … and one past its last. */
  readonly last: Int32Array;
  /**
   * Per group, 128 bits (four words from `g * 4`): the characters that may come right after the
   * bigram, the union over its literals (all when one ends on it). Most indexed bigrams of prose
   * (`pl`, `ex`, `mo`) are followed by a character none of their literals has, and are settled here.
   */
  readonly after: Int32Array;
  /** Literal numbers grouped by indexed bigram, longest literal first within a group. */
  readonly slots: Int32Array;
  /**
   * Per slot: the literal's characters from one before its bigram to one after, as 7-bit bytes in
   * the sweep's window (`mask` selects those the literal has). One integer comparison settles most
   * bigram hits of a 1,000-literal index, where comparing characters one by one cost ~45 ns a hit.
   */
  readonly mask: Int32Array;
  readonly bytes: Int32Array;
  /**
   * Per slot: the literal's character two before its bigram, -1 when it has none. Provider names end
   * on their rarest pair as often as not (`…api`, `…desk`): a fifth character settles most of those.
   */
  readonly before: Int32Array;
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
    // The rules are static data: the worker's build and the tests check them, the page's does not.
    if (!globalThis.__CONTENT_SCRIPT__ && (lit.length === 0 || lit !== lit.toLowerCase() || [...lit].some((ch) => ch.charCodeAt(0) >= DEL))) {
      throw new Error(`secret anchor ${JSON.stringify(lit)} must be non-empty lower-case ASCII`);
    }
    const o = indexOffset(lit);
    offsets[n] = o;
    const c0 = lit.charCodeAt(o);
    const keys = lit.length === 1 ? Array.from({ length: ASCII }, (_, c1) => (c0 << 7) | c1) : [(c0 << 7) | lit.charCodeAt(o + 1)];
    for (const key of keys) (groups.get(key) ?? groups.set(key, []).get(key))?.push(n);
  }
  if (groups.size >= 0xffff) throw new Error('secret anchors: too many indexed bigrams');
  const group = new Uint16Array(ASCII * ASCII);
  const first = new Int32Array(groups.size + 1);
  const last = new Int32Array(groups.size + 1);
  const slots: number[] = [];
  const after = new Int32Array((groups.size + 1) * 4);
  let g = 0;
  for (const [key, members] of groups) {
    members.sort((x, y) => (list[y]?.length ?? 0) - (list[x]?.length ?? 0));
    group[key] = ++g;
    for (const n of members) {
      const c = list[n]!.charCodeAt(offsets[n]! + 2);
      if (c >= 0) after[g * 4 + (c >> 5)]! |= 1 << (c & 31);
      else after.fill(-1, g * 4, g * 4 + 4);
    }
    first[g] = slots.length;
    slots.push(...members);
    last[g] = slots.length;
  }
  // Each slot's window: the literal's characters at offsets o-1 … o+2 (`charCodeAt` is NaN outside it).
  const mask = new Int32Array(slots.length);
  const bytes = new Int32Array(slots.length);
  const before = new Int32Array(slots.length);
  slots.forEach((n, k) => {
    const lit = list[n]!;
    const o = offsets[n]!;
    before[k] = o >= 2 ? lit.charCodeAt(o - 2) : -1;
    let m = 0;
    let b = 0;
    for (let j = 0; j < 4; j++) {
      const c = lit.charCodeAt(o - 1 + j);
      if (c >= 0) {
        m |= 0xff << (24 - 8 * j);
        b |= c << (24 - 8 * j);
      }
    }
    mask[k] = m;
    bytes[k] = b;
  });
  return { literals: list, offsets, group, first, last, after, slots: Int32Array.from(slots), mask, bytes, before };
}

/** Who reads each literal's occurrences. */
export interface AnchorOwners {
  /** Literal number → the rules (by number) it is visited for. */
  readonly owners: readonly Int32Array[];
  /**
   * Literal number → per rule in `owners`, the ASCII characters that may follow the literal for the
   * rule to find anything there (`null`: any). Past the text or beyond ASCII, a rule is visited.
   */
  readonly next?: ReadonlyArray<ReadonlyArray<Uint8Array | null>>;
  /**
   * Literal number → per rule in `owners`, `[offset, char code]` that must be in `lower` at that
   * offset from the literal's start for the rule to find anything there (`null`: no such character).
   */
  readonly probes?: ReadonlyArray<ReadonlyArray<readonly [number, number] | null>>;
  /** Literal number → per rule in `owners`, whether the rule reads it only where no word character precedes it. */
  readonly wordStart?: ReadonlyArray<ReadonlyArray<boolean>>;
}

/**
 * Per literal, what every rule that reads it requires there (`next` and `probes` taken together), so
 * the sweep turns a hit away with two loads instead of a call: `akia ` × 17,000 (a homoglyph paste)
 * or the 11,000 `.` of a megabyte of prose otherwise cost one `visitLiteral` each.
 */
export interface LiteralGates {
  /** Per literal: its length (the character after it is the one `follow` speaks for). */
  readonly length: Int32Array;
  /** Per literal, 128 bits (four words from `n * 4`): the ASCII characters some owner accepts after it. */
  readonly follow: Int32Array;
  /** Per literal: the offset of a character every owner requires there, -1 when they do not agree on one … */
  readonly probeAt: Int32Array;
  /** … and that character's code. */
  readonly probeChar: Int32Array;
  /** Per literal: 1 when every owner reads it only at the start of a word (`live_` of Twitch, not `sk_live_`). */
  readonly wordStart: Uint8Array;
  /**
   * How far from a position the sweep and these checks read, for any literal: characters before
   * it, and from it on (the window, the literal, the character after it, the owners' probes). Two
   * positions with the same characters there decide alike (repeat-skip.ts).
   */
  readonly reach: readonly [back: number, ahead: number];
}

export function literalGates(index: AnchorIndex, { owners, next, probes, wordStart }: AnchorOwners): LiteralGates {
  const count = index.literals.length;
  const gates = { length: new Int32Array(count), follow: new Int32Array(count * 4), probeAt: new Int32Array(count).fill(-1), probeChar: new Int32Array(count), wordStart: new Uint8Array(count) };
  index.literals.forEach((lit, n) => {
    gates.length[n] = lit.length;
    const rules = owners[n] ?? new Int32Array(0);
    for (let j = 0; j < rules.length; j++) {
      const table = next?.[n]?.[j];
      for (let c = 0; c < ASCII; c++) if (table == null || table[c] === 1) gates.follow[n * 4 + (c >> 5)]! |= 1 << (c & 31);
    }
    const shared = new Set(Array.from(rules, (_r, j) => String(probes?.[n]?.[j] ?? null)));
    const probe = probes?.[n]?.[0];
    if (shared.size === 1 && probe != null) {
      gates.probeAt[n] = probe[0];
      gates.probeChar[n] = probe[1];
    }
    if (rules.length > 0 && Array.from(rules).every((_r, j) => wordStart?.[n]?.[j] === true)) gates.wordStart[n] = 1;
  });
  return { ...gates, reach: reachOf(index, probes) };
}

/**
 * `LiteralGates.reach`. The sweep at position `i` (its bigram is `i - 1`, `i`) reads `i - 3` … `i + 1`;
 * a literal indexed at offset `o` starts at `i - 1 - o`, and visiting it reads the character before
 * it, itself, the one after it and its owners' probes. One more each way for good measure.
 */
function reachOf(index: AnchorIndex, probes: AnchorOwners['probes']): readonly [number, number] {
  let back = 3;
  let ahead = 2;
  index.literals.forEach((lit, n) => {
    const o = index.offsets[n] as number;
    const offsets = (probes?.[n] ?? []).map((probe) => probe?.[0] ?? 0);
    back = Math.max(back, 2 + o, 1 + o - Math.min(0, ...offsets));
    ahead = Math.max(ahead, lit.length - o, Math.max(0, ...offsets) - o);
  });
  return [back + 1, ahead + 1];
}

/**
 * Calls `visit(rule, literal, position)` for every occurrence of every literal in `lower`, for
 * each rule in `owners[literal]` whose `resume` position it has reached and whose `next`
 * characters include the one after the occurrence. Hits come in the order of
 * their indexed bigram, so a literal's start may precede an earlier hit's by less than its
 * length; rules read their identifiers both ways, so this does not change what they find.
 * Linear: each position costs one load from a 32 KB table; a position on an indexed bigram
 * compares one integer per literal indexed there; only the few that match compare strings.
 */
export function sweepAnchors(
  lower: string,
  index: AnchorIndex,
  owners: AnchorOwners,
  resume: Int32Array,
  visit: (rule: number, literal: number, at: number) => void,
  gates?: LiteralGates | null,
): void {
  const { group, first, last, after, slots, offsets, mask, bytes, before } = index;
  const end = lower.length;
  if (end === 0) return;
  // Characters fold to 7 bits (`& 127`) in the key and in the window: a folded character can only
  // cause an extra comparison, never a miss, as literals are ASCII. The window's characters before
  // and at the bigram are carried over from the previous positions, so a hit loads one more
  // (rebuilding the window from four bounds-checked loads per hit cost 20–40 % of the sweep).
  // The last character pairs with NUL, so a one-character literal is still found there.
  let prev2 = 0;
  let prev = 0;
  let c0 = lower.charCodeAt(0) & 127;
  for (let i = 1; i <= end; i++) {
    // `charCodeAt` stays in bounds (V8 keeps that path inlined; reading one past the end costs 2×).
    const c1 = i < end ? lower.charCodeAt(i) & 127 : 0;
    const g = group[(c0 << 7) | c1] as number;
    // The character after the bigram first: one bit settles most hits (see `after`).
    const next = g === 0 ? 0 : i + 1 < end ? lower.charCodeAt(i + 1) & 127 : 0;
    if (g !== 0 && (((after[(g << 2) | (next >> 5)] as number) >>> (next & 31)) & 1) !== 0) {
      const w = (prev << 24) | (c0 << 16) | (c1 << 8) | next;
      const to = last[g] as number;
      for (let k = first[g] as number; k < to; k++) {
        if ((w & (mask[k] as number)) !== (bytes[k] as number)) continue;
        const b = before[k] as number;
        if (b >= 0 && b !== prev2) continue;
        const n = slots[k] as number;
        const at = i - 1 - (offsets[n] as number);
        if (at >= 0) visitLiteral(lower, index, n, at, owners, resume, visit, gates);
      }
    }
    prev2 = prev;
    prev = c0;
    c0 = c1;
  }
}

/**
 * Whether some owner of literal `n` may read it at `at` (see `LiteralGates`). Past the text or beyond
 * ASCII `c < 128` is false and the owners are asked, as `mayFollow` does.
 */
function passesGates(lower: string, gates: LiteralGates, n: number, at: number): boolean {
  if (gates.wordStart[n] === 1 && at > 0 && inWord(lower.charCodeAt(at - 1))) return false;
  const c = lower.charCodeAt(at + (gates.length[n] as number));
  if (c < ASCII && (((gates.follow[(n << 2) | (c >> 5)] as number) >>> (c & 31)) & 1) === 0) return false;
  const p = gates.probeAt[n] as number;
  return p < 0 || lower.charCodeAt(at + p) === gates.probeChar[n];
}

/**
 * A word character of the original text for certain, read in the lower-cased one: `[0-9a-z_]`, but
 * not `k`, which the Kelvin sign (U+212A, no word character) lower-cases to.
 */
function inWord(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a && c !== 0x6b) || c === 0x5f;
}

/** Visits literal `n`, whose window matched at `at`, for each rule that reads it there (exported for repeat-skip.ts). */
export function visitLiteral(
  lower: string,
  index: AnchorIndex,
  n: number,
  at: number,
  { owners, next, probes }: AnchorOwners,
  resume: Int32Array,
  visit: (rule: number, literal: number, at: number) => void,
  gates: LiteralGates | null | undefined,
): void {
  // The page's build has no gates (build-flags.d.ts).
  if (!globalThis.__CONTENT_SCRIPT__ && gates && !passesGates(lower, gates, n, at)) return;
  const rules = owners[n] as Int32Array;
  // Whether a rule still reads here, before comparing the literal: a rule that read its whole
  // budget resumes at the end, so on a paste of one token repeated most hits stop here.
  let live = false;
  for (let j = 0; j < rules.length && !live; j++) live = at >= (resume[rules[j] as number] as number);
  const literal = index.literals[n] as string;
  if (!live || !occursAt(lower, literal, at)) return;
  for (let j = 0; j < rules.length; j++) {
    const r = rules[j] as number;
    if (at < (resume[r] as number)) continue;
    // The page's build has no `next` tables (build-flags.d.ts): the check folds away there.
    if (!globalThis.__CONTENT_SCRIPT__ && !mayFollow(next?.[n]?.[j], lower, at + literal.length)) continue;
    const probe = globalThis.__CONTENT_SCRIPT__ ? null : probes?.[n]?.[j];
    if (probe != null && lower.charCodeAt(at + probe[0]) !== probe[1]) continue;
    visit(r, n, at);
  }
}

/** Whether the character at `i` may follow (`table` null or absent, past the text, beyond ASCII: yes). */
export function mayFollow(table: Uint8Array | null | undefined, text: string, i: number): boolean {
  if (table == null) return true;
  const c = text.charCodeAt(i);
  return !(c < 128) || table[c] === 1;
}

/**
 * `lower.startsWith(lit, at)`, by hand: most calls fail on the first or second character, and the
 * builtin's call overhead was 60 % of the sweep on prose.
 */
function occursAt(lower: string, lit: string, at: number): boolean {
  const n = lit.length;
  if (at + n > lower.length) return false;
  for (let j = 0; j < n; j++) if (lower.charCodeAt(at + j) !== lit.charCodeAt(j)) return false;
  return true;
}
