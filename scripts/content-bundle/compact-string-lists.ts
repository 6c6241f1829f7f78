/**
 * Writes long lists of plain words in the content scripts' copy of the detectors as one string
 * split at build time of the page: `['jfrog', 'bitbucket', …]` becomes `"jfrog bitbucket …".split(" ")`.
 * Each entry then costs its separator instead of two quotes and a comma; on the 690 provider names
 * of secret.provider_keyword and the rules' keyword lists that is ~2 KB of the 80 KB budget
 * (issue #8). The value is the same fresh array; only lists whose every entry is a non-empty
 * string literal without white space qualify, so splitting gives them back exactly.
 */
import ts from 'typescript';

/** Below this many entries `.split(" ")` costs more than the quotes and commas it saves. */
export const MIN_LIST_LENGTH = 8;

function words(node: ts.ArrayLiteralExpression): string[] | null {
  if (node.elements.length < MIN_LIST_LENGTH) return null;
  const out: string[] = [];
  for (const e of node.elements) {
    if (!ts.isStringLiteral(e) || e.text === '' || /[\s\\'"`]/.test(e.text)) return null;
    out.push(e.text);
  }
  return out;
}

/** The source with every qualifying string list rewritten as a split string. */
export function compactStringLists(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: Array<[number, number, string]> = [];
  const visit = (node: ts.Node): void => {
    const list = ts.isArrayLiteralExpression(node) ? words(node) : null;
    if (list !== null) {
      // `[…] as const` would become a const assertion on a call, which TypeScript rejects: the
      // assertion only narrows types, so it goes with the literal.
      const outer = ts.isAsExpression(node.parent) && node.parent.type.getText(file) === 'const' ? node.parent : node;
      cuts.push([outer.getStart(file), outer.end, `${JSON.stringify(list.join(' '))}.split(' ')`]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end, text] of cuts.reverse()) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
