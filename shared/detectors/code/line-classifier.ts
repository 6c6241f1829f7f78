/**
 * Is one line of text code? One pass over as much of the line as the answer needs, plus a
 * first-word lookup in a hash table — no regex, no substring copies — because it runs on every
 * line of every prompt. A single line decides nothing: source-code.ts looks for runs of such lines.
 */

const CODE_FIRST_WORDS = new Set([
  'import', 'from', 'def', 'class', 'function', 'const', 'let', 'var', 'return', 'if', 'elif', 'else',
  'for', 'while', 'switch', 'case', 'public', 'private', 'protected', 'static', 'package', 'using',
  'namespace', '#include', '#define', '#!', 'fn', 'func', 'impl', 'struct', 'enum', 'interface', 'type',
  'export', 'async', 'await', 'try', 'catch', 'except', 'finally', 'raise', 'throw', 'select', 'insert',
  'update', 'delete', 'create', 'alter', 'drop', 'echo', 'sudo', 'pub', 'mod', 'use', 'val', 'end',
  'begin', 'void', 'int', 'char', 'bool', 'string', 'self', 'this', 'print', 'printf', 'puts', 'require',
  'module', 'local', 'foreach', 'do', 'then', 'fi', 'done', 'yield', 'with', 'assert', 'new', 'go', 'defer',
]);

/** Keywords that start a code line even without a code-ish ending (SQL clauses, imports). */
const STRONG_FIRST_WORDS = new Set([
  'import', 'from', 'def', 'class', 'const', 'let', 'var', 'package', '#include', 'select', 'where',
  'order', 'group', 'having', 'join', 'inner', 'left', 'values', 'insert', 'update', 'delete', 'create',
]);

/** Statements that make a whole line (Python `pass`, shell `fi`, Ruby `end`). */
const BARE_STATEMENTS = new Set(['pass', 'break', 'continue', 'end', 'fi', 'done', 'esac', 'else', 'return', 'begin']);

const FIRST = 1;
const STRONG = 2;
const BARE = 4;

/** First words are at most this long (`namespace`, `protected`); a longer word is no keyword. */
const MAX_WORD = 12;
/**
 * The three word lists as one open-addressing table: hash of the lower-cased word → its number,
 * and per number the word and its FIRST | STRONG | BARE bits. Looking a word up hashes the
 * characters already read to find its end and compares in place, so no line is sliced.
 */
const TABLE_BITS = 9;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const WORDS: string[] = [];
const WORD_FLAGS: number[] = [];
const TABLE = new Int16Array(1 << TABLE_BITS).fill(-1);

/** FNV-style mix of one more (lower-case) character; `| 0` keeps it a small integer. */
const mix = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193) | 0;
const HASH_SEED = 0x811c9dc5 | 0;

function slotOf(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = mix(h, word.charCodeAt(i));
  let slot = h & TABLE_MASK;
  while (TABLE[slot] !== -1 && WORDS[TABLE[slot]!] !== word) slot = (slot + 1) & TABLE_MASK;
  return slot;
}

for (const [words, bit] of [[CODE_FIRST_WORDS, FIRST], [STRONG_FIRST_WORDS, STRONG], [BARE_STATEMENTS, BARE]] as const) {
  for (const w of words) {
    const slot = slotOf(w);
    if (TABLE[slot] === -1) {
      TABLE[slot] = WORDS.length;
      WORDS.push(w);
      WORD_FLAGS.push(0);
    }
    WORD_FLAGS[TABLE[slot]!]! |= bit;
  }
}

const C = {
  bang: 0x21, hash: 0x23, amp: 0x26, lparen: 0x28, rparen: 0x29, plus: 0x2b, comma: 0x2c, minus: 0x2d,
  dot: 0x2e, slash: 0x2f, colon: 0x3a, semi: 0x3b, lt: 0x3c, eq: 0x3d, gt: 0x3e, question: 0x3f,
  at: 0x40, lbracket: 0x5b, backslash: 0x5c, rbracket: 0x5d, underscore: 0x5f, lbrace: 0x7b, pipe: 0x7c, rbrace: 0x7d,
} as const;

/** What one pass over the line found, as bits: brackets, `=` or `;` anywhere … */
const SYNTAX = 1;
/** … two-character operators: => -> :: != == && || += := </ /> */
const OPERATOR = 2;

/** Per ASCII character: SYNTAX if it is one, OPERATOR if it can end a two-character operator. */
const CHAR_SHAPE = new Uint8Array(128);
for (const c of [C.lparen, C.eq, C.lbrace, C.lbracket, C.semi]) CHAR_SHAPE[c] = SYNTAX;
for (const c of [C.gt, C.colon, C.eq, C.amp, C.pipe, C.slash]) CHAR_SHAPE[c]! |= OPERATOR;

/** Does `prev` + `c` make an operator (`c` is one of the OPERATOR-marked characters)? */
const isOperator = (prev: number, c: number): boolean =>
  (c === C.gt && (prev === C.eq || prev === C.minus || prev === C.slash)) ||
  (c === C.colon && prev === C.colon) ||
  (c === C.eq && (prev === C.bang || prev === C.eq || prev === C.plus || prev === C.colon)) ||
  (c === C.amp && prev === C.amp) ||
  (c === C.pipe && prev === C.pipe) ||
  (c === C.slash && prev === C.lt);

/**
 * The line's shape bits, read only until one of `want` is found: the callers below need "any
 * syntax", "an operator" or "a syntax character", and most lines answer within a few characters.
 * Letters, digits and spaces (most of a line) cost one table load each.
 */
function shapeUntil(text: string, start: number, end: number, want: number): number {
  let shape = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? CHAR_SHAPE[c]! : 0;
    if (cls === 0) continue;
    shape |= cls & SYNTAX;
    if ((cls & OPERATOR) !== 0 && i > start && isOperator(text.charCodeAt(i - 1), c)) shape |= OPERATOR;
    if ((shape & want) !== 0) break;
  }
  return shape;
}

const isCodeEnding = (c: number): boolean =>
  c === C.semi || c === C.lbrace || c === C.rbrace || c === C.rparen || c === C.lparen || c === C.lbracket || c === C.rbracket || c === C.comma || c === C.backslash;
const isSentenceEnd = (c: number): boolean => c === C.dot || c === C.question || c === C.bang;

/** A letter or one of `#!_`, folded to lower case; -1 for any other character. */
function wordChar(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c | 0x20;
  return (c >= 0x61 && c <= 0x7a) || c === C.hash || c === C.bang || c === C.underscore ? c : -1;
}

/**
 * The line's first word (its first ≤ 12 word characters) looked up in the word table: its flags
 * times 16 plus its length, so one call answers both without allocating.
 */
function firstWord(text: string, start: number, end: number): number {
  const limit = Math.min(end, start + MAX_WORD);
  let h = HASH_SEED;
  let i = start;
  for (; i < limit; i++) {
    const c = wordChar(text.charCodeAt(i));
    if (c === -1) break;
    h = mix(h, c);
  }
  const length = i - start;
  if (length === 0) return 0;
  for (let slot = h & TABLE_MASK; TABLE[slot] !== -1; slot = (slot + 1) & TABLE_MASK) {
    const word = WORDS[TABLE[slot]!]!;
    if (word.length === length && sameWord(text, start, word)) return (WORD_FLAGS[TABLE[slot]!]! << 4) | length;
  }
  return length;
}

function sameWord(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (wordChar(text.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** `[start, end)` is the trimmed line in `text`; `indented` whether it had leading whitespace. */
export function isCodeLine(text: string, start: number, end: number, indented: boolean): boolean {
  if (end <= start) return false;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  const last = text.charCodeAt(end - 1);
  // Comments, decorators, closing brackets.
  if ((first === C.slash && (second === C.slash || second === 0x2a)) || (first === 0x2a && second === C.slash)) return true;
  if ((first === C.minus && second === C.minus && text.charCodeAt(start + 2) === 0x20) || first === C.at) return true;
  if (first === C.rbrace || first === C.rparen || first === C.rbracket) return true;

  const found = firstWord(text, start, end);
  const word = found >> 4;
  const wordEnd = start + (found & 15);
  if (wordEnd === end && (word & BARE) !== 0) return true;
  // A keyword followed by space/paren/colon: `def f(`, `if (`, `return x`, `else:`.
  const after = wordEnd < end ? text.charCodeAt(wordEnd) : 0x20;
  if ((word & FIRST) !== 0 && (after === 0x20 || after === C.lparen || after === C.colon)) {
    // Prose starts with "If", "For", "Use" too: demand more than the keyword.
    if (isCodeEnding(last) || last === C.colon || shapeUntil(text, start, end, SYNTAX | OPERATOR) !== 0) return true;
    return ((word & STRONG) !== 0 || indented) && !isSentenceEnd(last);
  }
  if (isCodeEnding(last) && last !== C.comma) return (shapeUntil(text, start, end, SYNTAX) & SYNTAX) !== 0;
  // `x = 1`, `foo.bar(baz)` — an indented assignment or call that is not a sentence; else an operator.
  if (indented && last !== C.dot) return shapeUntil(text, start, end, SYNTAX | OPERATOR) !== 0;
  return (shapeUntil(text, start, end, OPERATOR) & OPERATOR) !== 0;
}
