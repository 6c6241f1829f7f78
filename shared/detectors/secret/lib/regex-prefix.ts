/**
 * What a rule's regex must start with, read from its source, so a pattern runs only at the anchor
 * literals it can start on (see `appliesTo` in define-secret-rule). Conservative: anything it
 * cannot read (a class, an optional character, a top-level `|`) means "any anchor".
 */

/** Splits `source` at its top-level `|` (outside groups and classes). */
function topLevelAlternatives(source: string): string[] {
  const alts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      alts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(source.slice(from));
  return alts;
}

/**
 * `literalPrefix` with where each character is written in `source` (`\\.` takes two), for
 * `charsAfter` (kept apart so the page's build, which has no `charsAfter`, stays as small).
 */
function literalPrefixAt(source: string): { literal: string; spans: Array<readonly [number, number]> } {
  let literal = '';
  const spans: Array<readonly [number, number]> = [];
  for (let i = source.startsWith('\\b') ? 2 : 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    const from = i;
    let lit: string;
    if (ch === '\\' && /[.\-\/~:_=#@!%&'"`]/.test(source[i + 1] ?? '')) lit = source[++i] ?? '';
    else if (/[A-Za-z0-9_\-~:\/=#@!%&'"`,;]/.test(ch)) lit = ch;
    else break;
    // A quantifier after the character makes it optional or repeated: the literal ends before it.
    if (/[?*+{]/.test(source[i + 1] ?? '')) break;
    literal += lit;
    spans.push([from, i + 1]);
  }
  return { literal: literal.toLowerCase(), spans };
}

/** The literal characters `source` starts with, lower-cased, up to the first class, group or quantified character. */
function literalPrefix(source: string): string {
  let out = '';
  for (let i = source.startsWith('\\b') ? 2 : 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    let lit: string;
    if (ch === '\\' && /[.\-\/~:_=#@!%&'"`]/.test(source[i + 1] ?? '')) lit = source[++i] ?? '';
    else if (/[A-Za-z0-9_\-~:\/=#@!%&'"`,;]/.test(ch)) lit = ch;
    else break;
    // A quantifier after the character makes it optional or repeated: the literal ends before it.
    if (/[?*+{]/.test(source[i + 1] ?? '')) break;
    out += lit;
  }
  return out.toLowerCase();
}

/** Where the group opening `source` at 0 closes, or -1. */
function groupEnd(source: string): number {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The literals a match of `source` can start with (`['sq0idp-']`, `['twilio']`, `['datadog', 'dd']`
 * for `(?:datadog|\bdd[_\-])…`), or `null` when some match may start otherwise (a class, an
 * optional character).
 */
export function leadingLiterals(source: string): string[] | null {
  const alts = topLevelAlternatives(source);
  if (alts.length > 1) return null;
  if (source.startsWith('(?:')) {
    let depth = 0;
    let close = -1;
    for (let i = 0; i < source.length && close < 0; i++) {
      const ch = source[i];
      if (ch === '\\') i++;
      else if (ch === '[') while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      else if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) close = i;
    }
    if (close < 0 || /[?*{]/.test(source[close + 1] ?? '')) return null;
    const out = topLevelAlternatives(source.slice(3, close)).map(literalPrefix);
    return out.includes('') ? null : out;
  }
  const lead = literalPrefix(source);
  return lead === '' ? null : [lead];
}

/**
 * The source of the one-character atom at `i` (`[A-Z0-9]`, `\\w`, `x`) when it must occur at least
 * once, else `null` (a group, an assertion, an optional atom, the end of the source).
 */
function requiredAtom(source: string, i: number): string | null {
  const ch = source[i];
  let end: number;
  if (ch === '[') {
    end = i + 1;
    while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
    end++;
  } else if (ch === '\\') {
    // Class escapes and escaped punctuation; `\b`, back-references and code points are not read.
    if (!/[dDwWsS.\-\/~:_=#@!%&'"`+*?()[\]{}|^$\\]/.test(source[i + 1] ?? '')) return null;
    end = i + 2;
  } else if (ch === undefined || /[()|^$?*+{]/.test(ch)) return null;
  else end = i + 1;
  if (end > source.length) return null;
  const quantifier = source.slice(end);
  if (/^(?:[?*]|\{0[,}])/.test(quantifier)) return null;
  return source.slice(i, end);
}

/**
 * The ASCII characters that may come right after `anchor` in a match of `source` starting on it
 * (entry 1: may), or `null` when the source does not say (every character may). A rule whose anchor
 * occurs densely but never in its format (`AKIA AKIA …`) is then turned away by one table load
 * instead of a regex run per occurrence. Conservative like `leadingLiterals`: only the literal,
 * then one class, escape or character that must occur, are read.
 */
export function charsAfter(source: string, flags: string, anchor: string): Uint8Array | null {
  let alts: string[];
  let after: string;
  if (source.startsWith('(?:')) {
    const close = groupEnd(source);
    if (close < 0 || /[?*{]/.test(source[close + 1] ?? '')) return null;
    alts = topLevelAlternatives(source.slice(3, close));
    after = source.slice(close + 1);
  } else {
    if (topLevelAlternatives(source).length > 1) return null;
    alts = [source];
    after = '';
  }
  const atoms: string[] = [];
  for (const alt of alts) {
    const { literal, spans } = literalPrefixAt(alt);
    if (literal === '') return null;
    // An alternative that disagrees with the anchor cannot match where it occurs.
    if (!literal.startsWith(anchor) && !anchor.startsWith(literal)) continue;
    let atom: string | null;
    if (literal.length > anchor.length) {
      const [from, to] = spans[anchor.length] ?? [0, 0];
      atom = alt.slice(from, to);
    } else if (literal.length === anchor.length) {
      const end = spans[spans.length - 1]?.[1] ?? 0;
      atom = end < alt.length ? requiredAtom(alt, end) : requiredAtom(after, 0);
    } else atom = null;
    if (atom === null) return null;
    atoms.push(atom);
  }
  const table = new Uint8Array(128);
  const matchers = atoms.map((atom) => new RegExp(`^(?:${atom})$`, flags.replace(/[gyd]/g, '')));
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (matchers.some((m) => m.test(ch))) table[c] = 1;
  }
  return table;
}
