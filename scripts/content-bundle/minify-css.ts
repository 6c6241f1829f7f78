/**
 * Minifies the style sheets the content scripts inject (the in-page dialog's, written readably in
 * extension/lib/ui/dialog-styles.ts) with esbuild's CSS minifier: ~0.4 KB of the 80 KB budget
 * (issue #8). Only template literals without substitutions are rewritten, so the module's
 * exports and any computed style stay as written.
 */
import { transformSync } from 'esbuild';
import ts from 'typescript';

/** The modules whose template literals are style sheets. */
export const CSS_MODULES = /\/extension\/lib\/ui\/dialog-styles\.ts$/;

export function minifyCssLiterals(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: Array<[number, number, string]> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNoSubstitutionTemplateLiteral(node)) {
      const css = transformSync(node.text, { loader: 'css', minify: true }).code.trim();
      cuts.push([node.getStart(file), node.end, JSON.stringify(css)]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end, text] of cuts.reverse()) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
