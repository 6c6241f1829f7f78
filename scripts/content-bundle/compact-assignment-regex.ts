/**
 * Shortens the content scripts' copy of the keyword rules (gitleaks' generic shape: provider name,
 * key word, assignment, value). ~20 regex literals repeat the same 72-character assignment
 * between key and value; each becomes `__assignmentRegex(head, tail, flags)`, which builds the
 * identical pattern from the one copy in runtime/assignment-regex.ts (~1.1 KB of the 80 KB
 * budget, issue #8). A literal is rewritten only when head + ASSIGNMENT + tail gives back its
 * exact source, so `regex.source` (which the anchor index reads) and the match are unchanged.
 */
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { ASSIGNMENT } from './runtime/assignment-regex';

const RUNTIME = join(import.meta.dirname, 'runtime/assignment-regex');

function runtimeSpecifier(fileName: string): string {
  const path = relative(dirname(fileName.replace(/\?.*$/, '')), RUNTIME).replace(/\\/g, '/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** The call that builds the same regex, or null when the literal does not hold the assignment once. */
export function assignmentCall(literal: string): string | null {
  const slash = literal.lastIndexOf('/');
  const body = literal.slice(1, slash);
  const flags = literal.slice(slash + 1);
  const at = body.indexOf(ASSIGNMENT);
  if (at === -1 || body.indexOf(ASSIGNMENT, at + 1) !== -1) return null;
  const head = body.slice(0, at);
  const tail = body.slice(at + ASSIGNMENT.length);
  return `__assignmentRegex(${JSON.stringify(head)}, ${JSON.stringify(tail)}, ${JSON.stringify(flags)})`;
}

export function compactAssignmentRegex(source: string, fileName: string): string {
  if (!source.includes('{1,3}>?')) return source;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: Array<[number, number, string]> = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const call = assignmentCall(node.getText(file));
      if (call !== null) cuts.push([node.getStart(file), node.end, call]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (cuts.length === 0) return source;
  let out = source;
  for (const [start, end, text] of cuts.reverse()) out = out.slice(0, start) + text + out.slice(end);
  return `import { assignmentRegex as __assignmentRegex } from ${JSON.stringify(runtimeSpecifier(fileName))};\n${out}`;
}
