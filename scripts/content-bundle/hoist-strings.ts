/**
 * Spells each string literal that a minified bundle repeats often enough once, as a variable at
 * the top of the bundle's own scope, and refers to it by name everywhere else (what Closure
 * Compiler's string aliasing does; esbuild has no such pass). The detectors write their severities
 * as literals, so `"high"` alone was 93 copies in each content script (issue #8's 80 KB budget).
 *
 * A literal is hoisted only where an expression stands (never a property key, a directive or a
 * module name) and only when the copies cost more than the variable; the names are new to the
 * bundle, so nothing is shadowed, and are declared before any of the bundle's own statements run.
 * The value is the same primitive string, so every comparison, key lookup and regex source reads
 * the same. Run on the finished chunk (content-build.ts), then minified again to shorten the names.
 */
import ts from 'typescript';

/** What a hoisted name is assumed to cost once the bundle is minified again. */
const NAME_LENGTH = 2;

const RESERVED = new Set(
  'do if in for let new try var case else enum eval null this true void with await break catch class const false super throw while yield delete export import public return static switch typeof default extends finally package private continue debugger function arguments interface protected implements instanceof undefined NaN Infinity'.split(' '),
);

/** The body a bundle's code runs in: an IIFE's function body, else (an ES module) the file. */
function bundleScope(file: ts.SourceFile): ts.NodeArray<ts.Statement> {
  const wrapper = (e: ts.Expression | undefined): ts.Block | undefined => {
    while (e && (ts.isParenthesizedExpression(e) || ts.isPrefixUnaryExpression(e))) e = ts.isParenthesizedExpression(e) ? e.expression : e.operand;
    if (!e || !ts.isCallExpression(e)) return undefined;
    let callee: ts.Expression = e.expression;
    while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
    return (ts.isFunctionExpression(callee) || ts.isArrowFunction(callee)) && callee.body && ts.isBlock(callee.body) ? callee.body : undefined;
  };
  for (const statement of file.statements) {
    const body = ts.isExpressionStatement(statement)
      ? wrapper(statement.expression)
      : ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1
        ? wrapper(statement.declarationList.declarations[0]!.initializer)
        : undefined;
    if (body) return body.statements;
  }
  if (file.statements.some((s) => ts.isImportDeclaration(s) || ts.isExportDeclaration(s) || ts.isExportAssignment(s))) return file.statements;
  throw new Error('hoistStrings: the bundle is neither an IIFE nor an ES module');
}

/** A string literal standing as a value (not a key, a directive or a module name). */
function isValue(node: ts.StringLiteral): boolean {
  const parent = node.parent;
  if (ts.isExpressionStatement(parent)) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isAccessor(parent)) && parent.name === node) return false;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)) return false;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return false;
  return !ts.isLiteralTypeNode(parent);
}

function* freshNames(taken: ReadonlySet<string>): Generator<string> {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
  const rest = `${first}0123456789`;
  for (let length = 1; ; length++) {
    const at = new Array<number>(length).fill(0);
    for (;;) {
      const name = at.map((i, n) => (n === 0 ? first : rest)[i]).join('');
      if (!taken.has(name) && !RESERVED.has(name)) yield name;
      let n = length - 1;
      while (n >= 0 && ++at[n]! === (n === 0 ? first : rest).length) at[n--] = 0;
      if (n < 0) break;
    }
  }
}

/** The bundle with its repeated string literals hoisted; the code as given when none pays. */
export function hoistStrings(code: string): string {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const scope = bundleScope(file);
  // Only literals inside the scope can see its variables.
  const inScope = (node: ts.Node): boolean => node.getStart(file) >= scope.pos && node.end <= scope.end;
  const uses = new Map<string, ts.StringLiteral[]>();
  const identifiers = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) identifiers.add(node.text);
    else if (ts.isStringLiteral(node) && isValue(node) && inScope(node)) {
      const raw = node.getText(file);
      uses.set(raw, [...(uses.get(raw) ?? []), node]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const gain = (raw: string, n: number): number => n * (raw.length - NAME_LENGTH) - (NAME_LENGTH + raw.length + 2);
  const hoisted = [...uses].filter(([raw, nodes]) => gain(raw, nodes.length) > 0).sort((a, b) => b[1].length - a[1].length);
  if (hoisted.length === 0) return code;

  const names = freshNames(identifiers);
  const cuts: Array<[number, number, string]> = [];
  const declarations: string[] = [];
  for (const [raw, nodes] of hoisted) {
    const name = names.next().value!;
    declarations.push(`${name}=${raw}`);
    for (const node of nodes) {
      // Minified code writes `case"x":` and `return"x"`: a name there needs the space back.
      const start = node.getStart(file);
      const spaced = `${/[\w$]/.test(code[start - 1] ?? '') ? ' ' : ''}${name}${/[\w$]/.test(code[node.end] ?? '') ? ' ' : ''}`;
      cuts.push([start, node.end, spaced]);
    }
  }
  const firstCode = scope.find((s) => !(ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression)));
  const at = firstCode ? firstCode.getStart(file) : scope.end;
  cuts.push([at, at, `var ${declarations.join(',')};`]);
  cuts.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  let out = code;
  for (const [start, end, text] of cuts) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
