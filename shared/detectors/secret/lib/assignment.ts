/**
 * Finds `<identifier><separator><value>` assignments around a secret keyword, in any syntax that
 * people paste: `.env` (`API_KEY=…`), YAML/JSON (`"token": "…"`), code (`const secret = '…'`),
 * CLI flags (`--api-key "…"`), Makefiles (`TOKEN ?= …`) and prose (`the password is …`).
 *
 * Linear by construction: the shared anchor sweep finds the keyword, then bounded scans left and
 * right of each hit, and the next hit is taken after the value (or identifier) that was read.
 */
/** `[A-Za-z_.\-]`: by char code, as this runs for every character of every name read. */
const isIdentTailChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
/** `[A-Za-z0-9_.\-]`. */
const isIdentChar = (c: number): boolean => isIdentTailChar(c) || (c >= 48 && c <= 57);
/** Longest identifier we expand to; config keys are short, minified blobs are not. */
export const MAX_IDENT = 64;
/** Longest quoted value read (Aiven keys run to ~400 characters of base64) … */
export const MAX_VALUE = 1_024;
/** … and unquoted one: without a closing quote to stop at, a glued run (`key=key=…`) would be read whole. */
export const MAX_UNQUOTED_VALUE = 256;

/**
 * After the identifier: optional closing quote/bracket, an operator (`=`, `:`, `:=`, `?=`, `=>`,
 * ` is `) and an opening quote. Up to 32 spaces before the operator: aligned config
 * (`password       => '…'`). Two call forms count only with a quoted value: a setter or
 * constructor (`.password("…")`, `std::string secret("…")`) and a quoted name followed by its
 * value as the next argument (`environ.get('SECRET_KEY', '…')`, `("token", "…")`).
 */
const SEPARATOR = /(\\?["'`]?\]?)(?:[ \t]{1,4}(is|was)[ \t]{1,4}|[ \t]{0,32}(==|!=|:{0,3}=>?|\?=|:|->|-|\(|,)?[ \t]{0,32})(?:[rbuf]?\\?(["'`]))?/y;
/** Operators that only make a call an assignment when a quoted literal follows. */
const CALL_OPERATORS = new Set(['(', ',']);
const UNQUOTED_VALUE = new RegExp(`[^\\s"'\`,;]{1,${MAX_UNQUOTED_VALUE}}`, 'y');
/** Punctuation that ends an unquoted value's sentence in prose (`is X.`) and in code (`f(X),`). */
const PROSE_TRAILING = /[.!?),]/;
const CODE_TRAILING = /[.),]/;

export interface Assignment {
  /** The identifier as written, e.g. `SOFTLAYER_API_KEY`. */
  readonly name: string;
  readonly nameStart: number;
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly value: string;
  /** How the value was separated: `=`/`:` operator, bare whitespace, or prose (`is`). */
  readonly operator: string;
  readonly quoted: boolean;
}

/** Splits `softlayerApiKey`, `SL_API_KEY`, `sl-api.key` into lower-case words. */
export function identifierWords(name: string): string[] {
  // A character loop: `replace` with `$1 $2` and a regex `split` cost microseconds per name, and
  // this runs at every keyword hit.
  const words: string[] = [];
  let word = '';
  let prev = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    const lower = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (!upper && !lower) {
      if (word) words.push(word);
      word = '';
    } else {
      // `softlayerApiKey`: an upper-case letter after a lower-case letter or digit starts a word.
      const prevLower = (prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57);
      if (upper && prevLower && word) {
        words.push(word);
        word = '';
      }
      word += upper ? String.fromCharCode(c + 32) : name[i];
    }
    prev = c;
  }
  if (word) words.push(word);
  return words;
}

/** The identifier around a keyword hit: `SL_API_KEY` around `key`, `--api-key` around `api`. */
export interface Identifier {
  readonly name: string;
  readonly start: number;
  /** Where the name ends (trailing `.`/`-` trimmed) and where its characters end. */
  readonly end: number;
  readonly runEnd: number;
}

/** Expands a keyword found at `at` (`length` chars long) to the identifier containing it. */
export function identifierAt(text: string, at: number, length: number): Identifier {
  let start = at;
  const floor = Math.max(0, at - MAX_IDENT);
  while (start > floor && isIdentChar(text.charCodeAt(start - 1))) start--;
  let end = at + length;
  const ceil = Math.min(text.length, end + MAX_IDENT);
  // Right of a keyword, digits start a value (`SECRET-123e4567…`), not more name.
  while (end < ceil && isIdentTailChar(text.charCodeAt(end))) end++;
  const runEnd = end;
  // A trailing `.` or `-` is punctuation (`the token.`), not part of the name.
  while (end > at + length && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
  return { name: text.slice(start, end), start, end, runEnd };
}

/**
 * The value assigned to `id`, if any. Callers resume their keyword search after the value (a
 * value is never re-read for a keyword inside it, so `key=key=key=…` stays linear).
 */
export function assignedValue(text: string, id: Identifier): Assignment | null {
  return readValue(text, id.name, id.start, id.end);
}

/** `'SECRET_KEY'`: the name itself is a string literal (opened and closed by the same quote). */
function quotedName(text: string, nameStart: number, closing: string): boolean {
  const q = closing.replace(/[\\\]]/g, '');
  return q.length === 1 && text[nameStart - 1] === q;
}

function readValue(text: string, name: string, nameStart: number, at: number): Assignment | null {
  SEPARATOR.lastIndex = at;
  const sep = SEPARATOR.exec(text);
  if (!sep || sep[0].length === 0) return null;
  const operator = sep[2] ?? sep[3] ?? ' ';
  const quote = sep[4];
  if (CALL_OPERATORS.has(operator) && (!quote || (operator === ',' && !quotedName(text, nameStart, sep[1] ?? '')))) return null;
  const valueStart = at + sep[0].length;
  let valueEnd: number;
  if (quote) {
    // Bounded: an unclosed quote must not make each later hit rescan the rest of the text.
    const window = text.slice(valueStart, valueStart + MAX_VALUE + 1);
    const rel = window.indexOf(quote);
    let close = rel >= 0 ? valueStart + rel : -1;
    if (close > valueStart && text[close - 1] === '\\') close--; // JSON-in-a-string: \"value\"
    const nlRel = window.indexOf('\n');
    if (close < 0 || (nlRel >= 0 && valueStart + nlRel < close)) return null;
    valueEnd = close;
  } else {
    // Bare whitespace between name and value only counts for names in the flag/prose style.
    // `test`, not `exec`: the sticky match's end is all we need, and a repeated paste reads
    // thousands of values (issue #3).
    UNQUOTED_VALUE.lastIndex = valueStart;
    if (!UNQUOTED_VALUE.test(text)) return null;
    valueEnd = UNQUOTED_VALUE.lastIndex;
    // In prose (`the password is X.`) trailing punctuation ends the sentence, not the value.
    const trailing = operator === 'is' || operator === 'was' ? PROSE_TRAILING : CODE_TRAILING;
    while (valueEnd > valueStart && trailing.test(text[valueEnd - 1] ?? '')) valueEnd--;
  }
  if (valueEnd <= valueStart) return null;
  return { name, nameStart, valueStart, valueEnd, value: text.slice(valueStart, valueEnd), operator, quoted: quote !== undefined };
}
