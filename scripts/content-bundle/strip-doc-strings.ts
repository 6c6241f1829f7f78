/**
 * Removes documentation strings from the content scripts' copy of the detectors and the policy
 * schema. `description` and `validation` exist for the README table, the popup and the options
 * page; the content script never reads them, yet they were ~13 KB of its 80 KB budget (issue #8).
 * The worker, popup, CLI and tests keep them: only content-script builds run this transform.
 *
 * The clean fix is a metadata map beside each detector that the content tier does not import;
 * until the detector modules are split that way, this build step has the same effect without
 * touching them. Only properties whose value is text are removed: a string literal or template
 * (optionally joined with `+`, or either branch of `a ? 'x' : 'y'`) whose evaluation changes
 * nothing (no regex `test`, no assignment), so a computed value (`description: spec.description`,
 * `detail: hit.scheme`) is left alone and no side effect is lost.
 *
 * The same goes for the explanation text a detector attaches to a finding (`explanation.rule`, the
 * sub-rule id; `note`; a validator's `detail`; ~3.9 KB): the page turns its findings into a verdict
 * of type, severity, span and masked excerpt (toVerdict), so no explanation is ever read there;
 * the parity test checks the findings. No detector reads these back (a rule id it compares, as
 * connection-string.ts does, travels as an argument, not as one of these properties).
 */
import ts from 'typescript';

export interface DocStringTarget {
  /** Source files (absolute paths, `/` separators) whose object literals are stripped. */
  readonly files: RegExp;
  readonly properties: readonly string[];
}

export const DOC_STRING_TARGETS: readonly DocStringTarget[] = [
  // `rule`, `note` and `detail` explain a finding (`explanation.rule`, `.note`, `.validator.detail`);
  // the page's findings never leave it with their explanation (toVerdict keeps type, severity, span).
  { files: /\/shared\/detectors\/(?!.*\.(?:test|vectors|bench)\.ts$).+\.ts$/, properties: ['description', 'validation', 'rule', 'note', 'detail'] },
  { files: /\/shared\/policy\/schema\.ts$/, properties: ['title', 'description'] },
];

export function docStringTarget(path: string): DocStringTarget | undefined {
  const normalized = path.replace(/\\/g, '/').replace(/\?.*$/, '');
  return DOC_STRING_TARGETS.find((t) => t.files.test(normalized));
}

/** String methods that read their receiver and change nothing (a regex's `test` moves `lastIndex`). */
const PURE_METHODS = new Set(['startsWith', 'endsWith', 'includes', 'toLowerCase', 'toUpperCase', 'toFixed', 'slice', 'trim']);

/** An expression whose evaluation changes nothing, so a property holding it can go unevaluated. */
function isPure(node: ts.Expression): boolean {
  if (ts.isIdentifier(node) || ts.isLiteralExpression(node) || node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (ts.isParenthesizedExpression(node)) return isPure(node.expression);
  if (ts.isPropertyAccessExpression(node)) return isPure(node.expression);
  if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.ExclamationToken || node.operator === ts.SyntaxKind.MinusToken ? isPure(node.operand) : false;
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    return op < ts.SyntaxKind.FirstAssignment || op > ts.SyntaxKind.LastAssignment ? isPure(node.left) && isPure(node.right) : false;
  }
  if (ts.isConditionalExpression(node)) return isPure(node.condition) && isPure(node.whenTrue) && isPure(node.whenFalse);
  if (ts.isTemplateExpression(node)) return node.templateSpans.every((span) => isPure(span.expression));
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    return ts.isPropertyAccessExpression(callee) && PURE_METHODS.has(callee.name.text) && isPure(callee.expression) && node.arguments.every(isPure);
  }
  return false;
}

/** Text, however it is spelled, whose evaluation changes nothing. */
function isStaticString(node: ts.Expression): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (ts.isTemplateExpression(node)) return isPure(node);
  if (ts.isParenthesizedExpression(node)) return isStaticString(node.expression);
  // `passed ? 'matches' : 'does not match'`: text either way.
  if (ts.isConditionalExpression(node)) return isPure(node.condition) && isStaticString(node.whenTrue) && isStaticString(node.whenFalse);
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && isStaticString(node.left) && isStaticString(node.right);
}

/** The source without the named properties whose value is a static string. */
export function stripDocStrings(source: string, fileName: string, properties: readonly string[]): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
      properties.includes(node.name.text) &&
      isStaticString(node.initializer)
    ) {
      let end = node.end;
      while (/\s/.test(source[end] ?? '')) end++;
      // The following comma goes too; a last property without one leaves `{ a, }`, still valid.
      if (source[end] === ',') {
        end++;
        while (/\s/.test(source[end] ?? '')) end++;
      } else end = node.end;
      cuts.push([node.getStart(file), end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end] of cuts.reverse()) out = out.slice(0, start) + out.slice(end);
  return out;
}
