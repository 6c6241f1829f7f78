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
