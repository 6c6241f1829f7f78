/**
 * Is one line of text code? One pass over the line's characters plus a first-word lookup — no
 * regex, no substring copies except the (≤ 12 char) first word — because it runs on every line of
 * every prompt. A single line decides nothing: source-code.ts looks for runs of such lines.
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
/** The three word lists as one lookup per line: word → FIRST | STRONG | BARE bits. */
const WORD_FLAGS = new Map<string, number>();
for (const [words, bit] of [[CODE_FIRST_WORDS, FIRST], [STRONG_FIRST_WORDS, STRONG], [BARE_STATEMENTS, BARE]] as const) {
  for (const w of words) WORD_FLAGS.set(w, (WORD_FLAGS.get(w) ?? 0) | bit);
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

/** Letters, digits and spaces (most of a line) cost one table load each. */
function shapeOf(text: string, start: number, end: number): number {
  let shape = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? CHAR_SHAPE[c]! : 0;
    if (cls === 0) continue;
    shape |= cls & SYNTAX;
    if ((cls & OPERATOR) !== 0 && i > start && isOperator(text.charCodeAt(i - 1), c)) shape |= OPERATOR;
    if (shape === (SYNTAX | OPERATOR)) break;
  }
  return shape;
}

const isCodeEnding = (c: number): boolean =>
  c === C.semi || c === C.lbrace || c === C.rbrace || c === C.rparen || c === C.lparen || c === C.lbracket || c === C.rbracket || c === C.comma || c === C.backslash;
const isSentenceEnd = (c: number): boolean => c === C.dot || c === C.question || c === C.bang;

function firstWordEnd(text: string, start: number, end: number): number {
  let i = start;
  const limit = Math.min(end, start + 12);
  while (i < limit) {
    const c = text.charCodeAt(i);
    const wordChar = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === C.hash || c === C.bang || c === C.underscore;
    if (!wordChar) break;
    i++;
  }
  return i;
}

/**
 * `[start, end)` is the trimmed line in `text`; `indented` whether it had leading whitespace.
 * `lower`, when given, is `text` lower-cased index for index (the detector input's `lower`).
 */
export function isCodeLine(text: string, start: number, end: number, indented: boolean, lower?: string): boolean {
  if (end <= start) return false;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  const last = text.charCodeAt(end - 1);
  // Comments, decorators, closing brackets.
  if ((first === C.slash && (second === C.slash || second === 0x2a)) || (first === 0x2a && second === C.slash)) return true;
  if ((first === C.minus && second === C.minus && text.charCodeAt(start + 2) === 0x20) || first === C.at) return true;
  if (first === C.rbrace || first === C.rparen || first === C.rbracket) return true;

  const wordEnd = firstWordEnd(text, start, end);
  const key = lower === undefined ? text.slice(start, wordEnd).toLowerCase() : lower.slice(start, wordEnd);
  const word = wordEnd > start ? (WORD_FLAGS.get(key) ?? 0) : 0;
  const after = wordEnd < end ? text.charCodeAt(wordEnd) : 0x20;
  if (wordEnd === end && (word & BARE) !== 0) return true;
  const shape = shapeOf(text, start, end);
  // A keyword followed by space/paren/colon: `def f(`, `if (`, `return x`, `else:`.
  if ((word & FIRST) !== 0 && (after === 0x20 || after === C.lparen || after === C.colon)) {
    // Prose starts with "If", "For", "Use" too: demand more than the keyword.
    if (isCodeEnding(last) || last === C.colon || shape !== 0) return true;
    return ((word & STRONG) !== 0 || indented) && !isSentenceEnd(last);
  }
  if (isCodeEnding(last) && last !== C.comma) return (shape & SYNTAX) !== 0;
  if ((shape & OPERATOR) !== 0) return true;
  // `x = 1`, `foo.bar(baz)` — an indented assignment or call that is not a sentence.
  return indented && (shape & SYNTAX) !== 0 && last !== C.dot;
}
