/**
 * Shortens regex literals in the content scripts' copy of the detectors: inside a character
 * class, `A-Za-z0-9_` becomes `\w`, and `[\w]` then `\w` (138 times in the secret rules: ~1.2 KB of the 80 KB budget,
 * issue #8). The two match the same characters only without the `u` and `v` flags (with them and
 * `i`, `\w` also folds `ſ` and the Kelvin sign), so regexes with either flag are left alone, as
 * is a run that a `-` next to it would turn into part of a range.
 */
import ts from 'typescript';

const RUN = 'A-Za-z0-9_';

/** A class's content with the run rewritten where no `-` touches it. */
function compactClass(content: string): string {
  let out = '';
  for (let i = 0; i < content.length; i++) {
    if (content[i] === '\\') {
      out += content.slice(i, i + 2);
      i++;
    } else if (content.startsWith(RUN, i) && content[i - 1] !== '-' && content[i + RUN.length] !== '-') {
      out += '\\w';
      i += RUN.length - 1;
    } else out += content[i];
  }
  return out;
}

/** The regex body with its character classes rewritten; a class left holding only `\w` is `\w`, `[^\w]` is `\W`. */
export function compactRegexBody(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') {
      out += body.slice(i, i + 2);
      i++;
      continue;
    }
    if (body[i] !== '[') {
      out += body[i];
      continue;
    }
    let end = i + 1;
    while (end < body.length && body[end] !== ']') end += body[end] === '\\' ? 2 : 1;
    const content = compactClass(body.slice(i + 1, end));
    out += content === '\\w' ? '\\w' : content === '^\\w' ? '\\W' : `[${content}]`;
    i = end;
  }
  return out;
}

export function compactRegexLiterals(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: Array<[number, number, string]> = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file);
      const slash = text.lastIndexOf('/');
      const flags = text.slice(slash + 1);
      if (!/[uv]/.test(flags)) {
        const body = compactRegexBody(text.slice(1, slash));
        if (body !== text.slice(1, slash)) cuts.push([node.getStart(file), node.end, `/${body}/${flags}`]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end, text] of cuts.reverse()) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
