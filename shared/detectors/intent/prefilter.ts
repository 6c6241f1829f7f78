/**
 * One pass over the prompt that finds which rule keywords occur, shared by every intent rule.
 * Checking each rule's keywords with `includes` cost ~110 µs per 1 KB prompt (176 scans of the
 * whole text); walking a trie from each word start visits each character about once (~5 µs).
 *
 * Semantics: a keyword matches where it starts at a word boundary (the previous character is not
 * an ASCII letter or digit) or anywhere in non-ASCII text (CJK has no spaces). Keywords may end
 * mid-word, so `ignor` matches "ignore" and "ignoring".
 */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** Index of the keyword ending here, or -1. */
  id: number;
}

export interface KeywordIndex {
  readonly keywords: readonly string[];
  readonly root: TrieNode;
  /** The root's ASCII children as an array: one indexed load per word start instead of a Map lookup. */
  readonly ascii: readonly (TrieNode | undefined)[];
}

const node = (): TrieNode => ({ next: new Map(), id: -1 });

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
  const ascii = Array.from({ length: 128 }, (_, c) => root.next.get(c));
  return { keywords: list, root, ascii };
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

/** Flags (by keyword index) of the keywords present in `lower`. */
export function findKeywords(index: KeywordIndex, lower: string): Uint8Array {
  const found = new Uint8Array(index.keywords.length);
  const { root, ascii } = index;
  let prevWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const word = isAsciiWordChar(c);
    if (!(word && prevWord) || c > 127) {
      let n = c < 128 ? ascii[c] : root.next.get(c);
      for (let j = i + 1; n !== undefined; j++) {
        if (n.id >= 0) found[n.id] = 1;
        if (j >= lower.length) break;
        n = n.next.get(lower.charCodeAt(j));
      }
    }
    prevWord = word;
  }
  return found;
}
