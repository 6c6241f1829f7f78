/**
 * One pass over the prompt that finds which rule keywords occur, shared by every intent rule.
 * Checking each rule's keywords with `includes` cost ~110 µs per 1 KB prompt (176 scans of the
 * whole text); walking a trie from each word start visits each character about once. The rules
 * call it through profile.ts's scanPrompt, which does this walk inside its own (findKeywords is
 * the stand-alone form, and the reference its tests compare against).
 *
 * Semantics: a keyword matches where it starts at a word boundary (the previous character is not
 * an ASCII letter or digit) or anywhere in non-ASCII text (CJK has no spaces). Keywords may end
 * mid-word, so `ignor` matches "ignore" and "ignoring".
 */
import { escapeRegex } from '../../engine/escape-regex';

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** Index of the keyword ending here, or -1. */
  id: number;
}

/**
 * The trie, flattened into typed arrays: node n's children are childChar/childNode[childStart[n],
 * childStart[n+1]), found by a linear scan (nodes below the root have one to three children).
 * Map lookups per character were a fifth of the intent detectors' time. Node numbers, edge numbers
 * and characters take 16 bits (MAX_TRIE_NODES): the tables are ~40 KB where 32-bit entries took
 * twice that, and in the whole engine, between other detectors' tables, they were read from
 * further out in the cache.
 */
export interface KeywordIndex {
  readonly keywords: readonly string[];
  /** Root children by ASCII code (node index, or -1); non-ASCII first characters go through childChar. */
  readonly ascii: Int16Array;
  /**
   * Second characters, dense: the child of root child n (numbered 1…, breadth first) by ASCII code
   * `c` is `second[(n - 1) * 128 + c]` (or -1). Root children have up to 15 children each, and
   * their linear scan was most of the keyword walk's cost; below that, nodes have one to three.
   */
  readonly second: Int16Array;
  /**
   * Third characters, dense for a–z: the child of depth-2 node n (numbered from `thirdFirst`,
   * breadth first) by letter `c` is `third[(n - thirdFirst) * 26 + c - 97]` (or -1). Depth-2 nodes
   * have up to 20 children, and their linear scans were most of the rest of the walk's cost.
   */
  readonly third: Int16Array;
  readonly thirdFirst: number;
  /**
   * Bit (c, d) of ASCII first and second characters: whether walkKeyword from "cd" can mark a
   * keyword (one starts with "cd", or "c" alone is one). Most word starts are ruled out by it
   * without the call: a prompt's ~180 spaces each started a walk for the " as …" keywords.
   */
  readonly pairs: Uint32Array;
  readonly childStart: Uint16Array;
  /** UTF-16 code units. */
  readonly childChar: Uint16Array;
  readonly childNode: Int16Array;
  /** Keyword index ending at each node, or -1. */
  readonly ends: Int16Array;
}

const node = (): TrieNode => ({ next: new Map(), id: -1 });

/** The 16-bit tables' bound on nodes (and so on edges and keywords); the intent rules' trie has ~3,400. */
export const MAX_TRIE_NODES = 0x7fff;

export function buildKeywordIndex(keywords: Iterable<string>): KeywordIndex {
  const list = [...new Set(keywords)].sort();
  const root = node();
  list.forEach((k, id) => {
    let n = root;
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      let child = n.next.get(c);
      if (!child) n.next.set(c, (child = node()));
      n = child;
    }
    n.id = id;
  });
  // Breadth-first numbering; node 0 is the root.
  const order: TrieNode[] = [root];
  for (let i = 0; i < order.length; i++) for (const [, child] of [...order[i]!.next].sort((x, y) => x[0] - y[0])) order.push(child);
  if (order.length > MAX_TRIE_NODES) throw new Error(`keyword trie of ${order.length} nodes: over MAX_TRIE_NODES`);
  const number = new Map(order.map((n, i) => [n, i]));
  const childStart = new Uint16Array(order.length + 1);
  const childChar: number[] = [];
  const childNode: number[] = [];
  order.forEach((n, i) => {
    childStart[i] = childChar.length;
    for (const [c, child] of [...n.next].sort((x, y) => x[0] - y[0])) {
      childChar.push(c);
      childNode.push(number.get(child)!);
    }
  });
  childStart[order.length] = childChar.length;
  const ascii = new Int16Array(128).fill(-1);
  for (const [c, child] of root.next) if (c < 128) ascii[c] = number.get(child)!;
  const second = new Int16Array(root.next.size * 128).fill(-1);
  for (const first of root.next.values()) {
    const n = number.get(first)!;
    for (const [c, child] of first.next) if (c < 128) second[(n - 1) * 128 + c] = number.get(child)!;
  }
  // Breadth-first numbering puts the depth-2 nodes right after the root's children.
  const thirdFirst = 1 + root.next.size;
  let depth2Count = 0;
  for (const first of root.next.values()) depth2Count += first.next.size;
  const third = new Int16Array(depth2Count * 26).fill(-1);
  for (let k = 0; k < depth2Count; k++) {
    for (const [c, child] of order[thirdFirst + k]!.next) if (c >= 97 && c <= 122) third[k * 26 + c - 97] = number.get(child)!;
  }
  const pairs = new Uint32Array(128 * 4);
  for (const [c, first] of root.next) {
    if (c >= 128) continue;
    if (first.id >= 0) pairs.fill(0xffffffff, c * 4, c * 4 + 4);
    for (const d of first.next.keys()) if (d < 128) pairs[c * 4 + (d >> 5)]! |= 1 << (d & 31);
  }
  return {
    keywords: list,
    ascii,
    pairs,
    second,
    third,
    thirdFirst,
    childStart,
    childChar: Uint16Array.from(childChar),
    childNode: Int16Array.from(childNode),
    ends: Int16Array.from(order, (n) => n.id),
  };
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

function child(index: KeywordIndex, n: number, c: number): number {
  const { childStart, childChar, childNode } = index;
  for (let j = childStart[n]!, end = childStart[n + 1]!; j < end; j++) if (childChar[j] === c) return childNode[j]!;
  return -1;
}

/**
 * Whether walkKeyword at `lower[i]` may mark a keyword: `false` only when it cannot (the walk calls
 * it only where this says so; the answer is walkKeyword's at the root and the second character).
 */
export function mayStartKeyword(index: KeywordIndex, lower: string, i: number): boolean {
  const c = lower.charCodeAt(i);
  if (c >= 128) return true;
  if (index.ascii[c]! < 0) return false;
  if (i + 1 >= lower.length) return true;
  const d = lower.charCodeAt(i + 1);
  return d >= 128 || (index.pairs[c * 4 + (d >> 5)]! & (1 << (d & 31))) !== 0;
}

/** Marks the keywords that start at `lower[i]`. */
export function walkKeyword(index: KeywordIndex, lower: string, i: number, found: Uint8Array): void {
  const { ends } = index;
  const c = lower.charCodeAt(i);
  let n = c < 128 ? index.ascii[c]! : child(index, 0, c);
  if (n < 0) return;
  if (ends[n]! >= 0) found[ends[n]!] = 1;
  if (i + 1 >= lower.length) return;
  const d = lower.charCodeAt(i + 1);
  n = d < 128 ? index.second[(n - 1) * 128 + d]! : child(index, n, d);
  if (n < 0) return;
  if (ends[n]! >= 0) found[ends[n]!] = 1;
  if (i + 2 >= lower.length) return;
  const e = lower.charCodeAt(i + 2);
  n = e >= 97 && e <= 122 ? index.third[(n - index.thirdFirst) * 26 + e - 97]! : child(index, n, e);
  for (let j = i + 3; n >= 0; j++) {
    if (ends[n]! >= 0) found[ends[n]!] = 1;
    if (j >= lower.length) break;
    n = child(index, n, lower.charCodeAt(j));
  }
}

/** Flags (by keyword index) of the keywords present in `lower`. */
export function findKeywords(index: KeywordIndex, lower: string): Uint8Array {
  const found = new Uint8Array(index.keywords.length);
  let prevWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const word = isAsciiWordChar(c);
    if (!(word && prevWord) || c > 127) walkKeyword(index, lower, i, found);
    prevWord = word;
  }
  return found;
}

/** Code points JavaScript's `\s` (and `String.prototype.trim`) matches. */
export function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Whether `lower` has one of `words`, whitespace, then one of `nexts`: a linear over-approximation
 * of a pattern's `(?:words)\s+(?:nexts)` (no word boundaries), for a rule's precheck when each
 * word alone is everyday ("note" vs "note to the AI", "private" vs "private account"). A few
 * `indexOf` scans cost far less than running the rule's pattern.
 */
export function hasPhrase(lower: string, words: readonly string[], nexts: readonly string[]): boolean {
  for (const word of words) {
    for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
      let j = i + word.length;
      if (j >= lower.length || !isSpace(lower.charCodeAt(j))) continue;
      while (j < lower.length && isSpace(lower.charCodeAt(j))) j++;
      for (const next of nexts) if (lower.startsWith(next, j)) return true;
    }
  }
  return false;
}

/**
 * `hasPhrase` searched from the end: the same answer, found from the occurrences of `nexts`, for
 * when a word is everywhere ("as", the digits) and the next words are rare ("both", "token"). From
 * an occurrence of a next word, the whitespace before it is skipped back to a word's last character;
 * since no word ends and no next word starts with whitespace, that is exactly where hasPhrase's
 * forward skip from the word would have stopped.
 */
export function hasPhraseBefore(lower: string, words: readonly string[], nexts: readonly string[]): boolean {
  for (const next of nexts) {
    for (let j = lower.indexOf(next); j >= 0; j = lower.indexOf(next, j + 1)) {
      let k = j;
      while (k > 0 && isSpace(lower.charCodeAt(k - 1))) k--;
      if (k === j) continue;
      for (const word of words) if (lower.endsWith(word, k)) return true;
    }
  }
  return false;
}

/**
 * A test for whether `lower` contains one of `literals`: the same answer as
 * `literals.some((l) => lower.includes(l))`, in one native search instead of one scan of the text
 * per literal (4× faster for a dozen literals on the bench prompts). Build it once, at module level.
 */
export function containsAny(literals: readonly string[]): RegExp {
  return new RegExp(literals.map(escapeRegex).join('|'));
}

/**
 * `hasPhrase` as one native search, built once: faster when `words` are several (`hasPhrase`
 * scans the text once per word and checks every occurrence), slower for one or two short words.
 * Same answer: `\s+` backtracks only into whitespace, and no `next` may start with whitespace.
 */
export function phraseSearch(words: readonly string[], nexts: readonly string[]): RegExp {
  if (nexts.some((n) => n.length > 0 && isSpace(n.charCodeAt(0)))) throw new Error(`phraseSearch: a next word starts with whitespace (${nexts.join(', ')})`);
  return new RegExp(`(?:${words.map(escapeRegex).join('|')})\\s+(?:${nexts.map(escapeRegex).join('|')})`);
}
