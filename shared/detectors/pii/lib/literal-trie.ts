/**
 * A union of many literal words as a trie-shaped regex source: `Afghan|African|Albanian` becomes
 * `A(?:f(?:ghan|rican)|lbanian)`. V8 tries a flat union's alternatives one by one at every
 * position its first character allows (~250 for the NRP words at every capital letter); the
 * trie reads each character once. Same matches as the flat union sorted longest first: at each
 * node the longer words are tried before the word ending there, and sibling tokens must accept
 * disjoint characters (checked here), so at most one branch can match the next character.
 */

/** One character of a word as regex source: an escaped literal (`a`, `\.`) or a class (`[dD]`, `[ -]`). */
export type Token = string;

interface Node {
  readonly next: Map<Token, Node>;
  word: boolean;
}

const charsOf = (token: Token): string => (token.startsWith('[') ? token.slice(1, -1) : token.replace(/^\\/, ''));

/** Regex source matching any of `words` (token lists), each followed by `tail` (suffix and end test). */
export function trieSource(words: readonly (readonly Token[])[], tail: string): string {
  const root: Node = { next: new Map(), word: false };
  for (const word of words) {
    let node = root;
    for (const token of word) {
      let child = node.next.get(token);
      if (child === undefined) node.next.set(token, (child = { next: new Map(), word: false }));
      node = child;
    }
    node.word = true;
  }
  // The tail follows the whole trie, not each of its leaves: backtracking tries the same words in
  // the same order either way, but a tail with a Unicode class (`(?![\p{L}\p{N}])`) compiled once
  // per word made the NRP pattern ~3 MB of machine code, evicting every other detector's.
  return `(?:${render(root)})${tail}`;
}

function render(node: Node): string {
  const seen = new Set<string>();
  for (const token of node.next.keys()) {
    for (const c of charsOf(token)) {
      if (seen.has(c)) throw new Error(`literal trie: sibling tokens overlap on "${c}"`);
      seen.add(c);
    }
  }
  const alternatives = [...node.next].map(([token, child]) => token + render(child));
  // Longer words first: the word ending here is the last alternative (empty: the tail follows).
  if (node.word) alternatives.push('');
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}
