import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { assignmentCall, compactAssignmentRegex } from './compact-assignment-regex';
import { ASSIGNMENT, assignmentRegex } from './runtime/assignment-regex';

const RULES = join(import.meta.dirname, '../../shared/detectors/secret/rules');

/** Every regex literal in the secret rules, as written. */
const literals = readdirSync(RULES)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .flatMap((f) => {
    const file = ts.createSourceFile(f, readFileSync(join(RULES, f), 'utf8'), ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText(file));
      ts.forEachChild(node, visit);
    };
    visit(file);
    return found;
  });

/** Evaluates a call assignmentCall wrote, with the runtime builder in scope. */
const build = (call: string): RegExp => new Function('__assignmentRegex', `return ${call}`)(assignmentRegex) as RegExp;
const literal = (text: string): RegExp => new Function(`return ${text}`)() as RegExp;

describe('assignmentCall', () => {
  test.each([
    [`/(?:acme)[\\w.\\-]{0,24}?(?:key)${ASSIGNMENT}(?<s>[a-f0-9]{32})(?![\\w\\-])/gid`, '__assignmentRegex("(?:acme)[\\\\w.\\\\-]{0,24}?(?:key)", "(?<s>[a-f0-9]{32})(?![\\\\w\\\\-])", "gid")'],
    [`/${ASSIGNMENT}/`, '__assignmentRegex("", "", "")'],
    // Without the fragment, or with it twice: left as written.
    ['/(?:acme)_key\\s*=\\s*(\\w+)/g', null],
    [`/${ASSIGNMENT}x${ASSIGNMENT}/g`, null],
  ])('%s', (text, expected) => {
    expect(assignmentCall(text)).toBe(expected);
  });

  test('applies to the keyword rules (the fragment still matches how they are written)', () => {
    expect(literals.filter((l) => assignmentCall(l) !== null).length).toBeGreaterThanOrEqual(15);
  });

  test('every rewritten rule regex has the same source and flags as its literal', () => {
    const rewritten = literals.flatMap((l) => {
      const call = assignmentCall(l);
      return call === null ? [] : [[l, build(call)] as const];
    });
    for (const [text, regex] of rewritten) {
      expect({ source: regex.source, flags: regex.flags }).toEqual({ source: literal(text).source, flags: literal(text).flags });
    }
  });
});

describe('compactAssignmentRegex', () => {
  test('imports the builder once and rewrites only the literals holding the fragment', () => {
    const source = `const a = /(?:x)${ASSIGNMENT}(?<s>\\d+)/gid;\nconst b = /plain/g;\n`;
    const out = compactAssignmentRegex(source, join(RULES, 'x.ts'));
    expect(out).toBe(
      `import { assignmentRegex as __assignmentRegex } from "../../../../scripts/content-bundle/runtime/assignment-regex";\n` +
        `const a = __assignmentRegex("(?:x)", "(?<s>\\\\d+)", "gid");\nconst b = /plain/g;\n`,
    );
  });

  test('leaves a file without the fragment untouched', () => {
    expect(compactAssignmentRegex('const a = /x/g;', 'x.ts')).toBe('const a = /x/g;');
  });
});
