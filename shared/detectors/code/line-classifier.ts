/**
 * Is one line of text code? Its first and last characters, a first-word lookup in a hash table
 * and, when those do not decide, whether it holds a syntax character or an operator — answered
 * from cursors that native searches move through the text, not by reading the line — because it
 * runs on every line of every prompt, with no substring copies. A single line decides nothing:
 * source-code.ts looks for runs of such lines.
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

/** First words are read up to this long (`namespace`, `protected`); a longer word is no keyword. */
const MAX_WORD = 12;
/**
 * The three word lists as one open-addressing table keyed by the word packed into two integers:
 * five bits per character (a–z 1–26, `#!_` 27–29, so case folds and no two words pack alike), the
 * first six characters in `lo`, the next six in `hi`. Reading a line's first word packs it as it
 * goes; the lookup compares two integers, so the word is neither sliced nor read twice.
 */
const CODE5 = new Uint8Array(128);
for (let c = 0x61; c <= 0x7a; c++) CODE5[c] = CODE5[c - 0x20] = c - 0x60;
CODE5[0x23] = 27;
CODE5[0x21] = 28;
CODE5[0x5f] = 29;

const TABLE_BITS = 9;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const KEY_LO = new Int32Array(1 << TABLE_BITS);
const KEY_HI = new Int32Array(1 << TABLE_BITS);
/** FIRST | STRONG | BARE of the word in the slot; 0: an empty slot (every listed word has a bit). */
const KEY_FLAGS = new Uint8Array(1 << TABLE_BITS);

const slotHash = (lo: number, hi: number): number => Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> (32 - TABLE_BITS);

/**
 * The first two characters (five bits each, as packed) of every listed word, all two or more
 * long: a first word that starts with none of these pairs is no keyword and is not read further,
 * which answers most prose lines' first words from two characters.
 */
const PREFIX2 = new Uint8Array(1 << 10);

/** The longest listed word: a longer first word is looked up no further. */
let maxKeyword = 0;
for (const [words, bit] of [[CODE_FIRST_WORDS, FIRST], [STRONG_FIRST_WORDS, STRONG], [BARE_STATEMENTS, BARE]] as const) {
  for (const w of words) {
    if (w.length < 2 || w.length > MAX_WORD || [...w].some((ch) => (CODE5[ch.charCodeAt(0)] ?? 0) === 0 || ch !== ch.toLowerCase())) throw new Error(`first word ${JSON.stringify(w)} cannot be packed`);
    let lo = 0;
    let hi = 0;
    for (let k = 0; k < w.length; k++) {
      const v = CODE5[w.charCodeAt(k)]!;
      if (k < 6) lo |= v << (5 * k);
      else hi |= v << (5 * (k - 6));
    }
    let slot = slotHash(lo, hi);
    while (KEY_FLAGS[slot] !== 0 && (KEY_LO[slot] !== lo || KEY_HI[slot] !== hi)) slot = (slot + 1) & TABLE_MASK;
    KEY_LO[slot] = lo;
    KEY_HI[slot] = hi;
    KEY_FLAGS[slot]! |= bit;
    PREFIX2[lo & 0x3ff] = 1;
    maxKeyword = Math.max(maxKeyword, w.length);
  }
}

const C = {
  bang: 0x21, hash: 0x23, lparen: 0x28, rparen: 0x29, comma: 0x2c, minus: 0x2d, dot: 0x2e, slash: 0x2f,
  colon: 0x3a, semi: 0x3b, question: 0x3f, at: 0x40, lbracket: 0x5b, backslash: 0x5c, rbracket: 0x5d,
  underscore: 0x5f, lbrace: 0x7b, rbrace: 0x7d,
} as const;

/** A syntax character: a bracket that opens, `=` or `;`. */
const SYNTAX = /[(={[;]/g;
/** A two-character operator: => -> /> :: != == += := && || </ */
const OPERATOR = /=>|->|\/>|::|[!=+:]=|&&|\|\||<\//g;
/** "None further on" for a cursor: past any offset. */
const NONE = 0x7fffffff;

/**
 * Where the text's next syntax character and next operator are, for the lines of one text read
 * in order. Most lines that need one (prose above all: no keyword, no code-ish ending) hold
 * neither, so rather than reading each line in JavaScript, a native regex search finds the next
 * occurrence once and every line before it is answered from the cursor; each part of the text is
 * searched at most once per kind. `…From` is where the search started: the cursor answers for
 * lines starting between it and the occurrence.
 */
export interface LineShapes {
  readonly text: string;
  syntaxFrom: number;
  syntaxAt: number;
  operatorFrom: number;
  operatorAt: number;
}

/** Cursors over `text`, before any search: a scan makes one and passes it to each isCodeLine. */
export function lineShapes(text: string): LineShapes {
  return { text, syntaxFrom: NONE, syntaxAt: -1, operatorFrom: NONE, operatorAt: -1 };
}

/** Where `re` (one fixed length, `g`) next matches at or after `from`; NONE when nowhere. */
function nextMatch(re: RegExp, length: number, text: string, from: number): number {
  re.lastIndex = from;
  return re.test(text) ? re.lastIndex - length : NONE;
}

/** Does `[start, end)` hold a syntax character? */
function hasSyntax(shapes: LineShapes, start: number, end: number): boolean {
  if (start < shapes.syntaxFrom || start > shapes.syntaxAt) {
    shapes.syntaxFrom = start;
    shapes.syntaxAt = nextMatch(SYNTAX, 1, shapes.text, start);
  }
  return shapes.syntaxAt < end;
}

/** Does `[start, end)` hold a two-character operator, both characters inside? */
function hasOperator(shapes: LineShapes, start: number, end: number): boolean {
  if (start < shapes.operatorFrom || start > shapes.operatorAt) {
    shapes.operatorFrom = start;
    shapes.operatorAt = nextMatch(OPERATOR, 2, shapes.text, start);
  }
  return shapes.operatorAt + 2 <= end;
}

/**
 * What a line's first or last character says, one table load each (characters ≥ 128 say nothing):
 * most lines are prose, start with a letter and end in a letter or `.`, and this answers both
 * ends of them without a chain of comparisons.
 */
const LEADS_MARK = 1; // `/ * - @ } ) ]`: a comment, decorator or closing bracket may start here
const LEADS_WORD = 2; // a letter or `#!_`: a first word to look up
const ENDS_CODE = 4; // `; { } ) ( [ ] \`: a code-ish ending that is not a comma
const ENDS_COMMA = 8;
const ENDS_COLON = 16;
const ENDS_SENTENCE = 32; // `. ? !`
const CHAR_CLASS = new Uint8Array(128);
for (const ch of '/*-@})]') CHAR_CLASS[ch.charCodeAt(0)]! |= LEADS_MARK;
for (let c = 0; c < 128; c++) if (CODE5[c] !== 0) CHAR_CLASS[c]! |= LEADS_WORD;
for (const ch of ';{})([]\\') CHAR_CLASS[ch.charCodeAt(0)]! |= ENDS_CODE;
CHAR_CLASS[C.comma]! |= ENDS_COMMA;
CHAR_CLASS[C.colon]! |= ENDS_COLON;
for (const ch of '.?!') CHAR_CLASS[ch.charCodeAt(0)]! |= ENDS_SENTENCE;
const classOf = (c: number): number => (c < 128 ? CHAR_CLASS[c]! : 0);

/** Could the word at `start` (a word character) be a listed one, by its first two characters? */
function mayBeKeyword(text: string, start: number, end: number): boolean {
  if (start + 1 >= end) return false;
  const second = text.charCodeAt(start + 1);
  return second < 128 && PREFIX2[CODE5[text.charCodeAt(start)]! | (CODE5[second]! << 5)] === 1;
}

/**
 * The line's first word (word characters: letters and `#!_`) looked up in the word table: its
 * flags times 16 plus its length (a word longer than every keyword counts as one character
 * longer), so one call answers both without allocating.
 */
function firstWord(text: string, start: number, end: number): number {
  // One character past the longest keyword is enough to know the word is none of them.
  const limit = Math.min(end, start + maxKeyword + 1);
  let lo = 0;
  let hi = 0;
  let i = start;
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? CODE5[c]! : 0;
    if (v === 0) break;
    const k = i - start;
    if (k < 6) lo |= v << (5 * k);
    else hi |= v << (5 * (k - 6));
  }
  const length = i - start;
  if (length === 0 || length > maxKeyword) return length;
  for (let slot = slotHash(lo, hi); KEY_FLAGS[slot] !== 0; slot = (slot + 1) & TABLE_MASK) {
    if (KEY_LO[slot] === lo && KEY_HI[slot] === hi) return (KEY_FLAGS[slot]! << 4) | length;
  }
  return length;
}

/**
 * `[start, end)` is the trimmed line in `shapes.text`; `indented` whether it had leading
 * whitespace. Lines are best asked in text order (see LineShapes); any order gives the same answers.
 */
export function isCodeLine(shapes: LineShapes, start: number, end: number, indented: boolean): boolean {
  if (end <= start) return false;
  const { text } = shapes;
  const first = classOf(text.charCodeAt(start));
  if ((first & LEADS_MARK) !== 0 && marksCode(text, start)) return true;
  const last = classOf(text.charCodeAt(end - 1));
  const found = (first & LEADS_WORD) !== 0 && mayBeKeyword(text, start, end) ? firstWord(text, start, end) : 0;
  const word = found >> 4;
  const wordEnd = start + (found & 15);
  if (wordEnd === end && (word & BARE) !== 0) return true;
  // A keyword followed by space/paren/colon: `def f(`, `if (`, `return x`, `else:`.
  const after = wordEnd < end ? text.charCodeAt(wordEnd) : 0x20;
  if ((word & FIRST) !== 0 && (after === 0x20 || after === C.lparen || after === C.colon)) {
    // Prose starts with "If", "For", "Use" too: demand more than the keyword.
    if ((last & (ENDS_CODE | ENDS_COMMA | ENDS_COLON)) !== 0 || hasSyntax(shapes, start, end) || hasOperator(shapes, start, end)) return true;
    return ((word & STRONG) !== 0 || indented) && (last & ENDS_SENTENCE) === 0;
  }
  if ((last & ENDS_CODE) !== 0) return hasSyntax(shapes, start, end);
  // `x = 1`, `foo.bar(baz)` — an indented assignment or call that is not a sentence; else an operator.
  if (indented && text.charCodeAt(end - 1) !== C.dot) return hasSyntax(shapes, start, end) || hasOperator(shapes, start, end);
  return hasOperator(shapes, start, end);
}

/** Comments, decorators, closing brackets: a line starting `//`, `/` + `*`, `*` + `/`, `-- `, `@`, `}`, `)` or `]`. */
function marksCode(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  if (first === C.slash) return second === C.slash || second === 0x2a;
  if (first === 0x2a) return second === C.slash;
  if (first === C.minus) return second === C.minus && text.charCodeAt(start + 2) === 0x20;
  return true;
}
