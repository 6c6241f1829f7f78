/**
 * Rewrites the object literals of `defineSecretRule({ … })` calls in content builds into calls of
 * the positional builders in runtime/secret-spec.ts: `{ regex: /…/ }` becomes `secretPattern(/…/)`
 * (the pattern's `rule`, an explanation string, is stripped before: strip-doc-strings.ts), or
 * `/…/` alone when nothing else is left of it (123 of 186 patterns, -0.3 KB), and
 * the spec's `id`, `severity`, `placeholder`, `keywords` and `patterns` become arguments of
 * `secretSpec(…)`. The keys were ~4 KB of the 80 KB budget
 * (issue #8). The ids lose their `secret.` prefix (the builder adds it back, -0.5 KB). A placeholder that is the id's name in capitals (`secret.npm_token` → `NPM_TOKEN`,
 * 56 of 68 rules, ~0.7 KB) is passed as `0` and spelled by the builder (`derivedPlaceholder`). Properties outside those lists stay named in a trailing object; an object that lacks
 * one of the positional keys, or spells it other than `key: value`, is left as written.
 */
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { derivedPlaceholder, SECRET_PREFIX } from './runtime/secret-spec';

const SECRET_SPEC_RUNTIME = join(import.meta.dirname, 'runtime/secret-spec');

/** The builders' module as a relative import from `fileName` (Vite and esbuild both resolve it). */
export function runtimeSpecifier(fileName: string): string {
  const path = relative(dirname(fileName.replace(/\?.*$/, '')), SECRET_SPEC_RUNTIME).replace(/\\/g, '/');
  return path.startsWith('.') ? path : `./${path}`;
}
const SPEC_KEYS = ['id', 'severity', 'placeholder', 'keywords', 'patterns'];
const PATTERN_KEYS = ['regex'];

const keyOf = (p: ts.ObjectLiteralElementLike): string | null =>
  ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : null;

/** `fn(a, b, { rest })` for an object holding every positional key, else null. */
function positional(file: ts.SourceFile, object: ts.ObjectLiteralExpression, fn: string, keys: readonly string[], arg: (key: string, value: ts.Expression) => string): string | null {
  const byKey = new Map<string, ts.Expression>();
  const rest: string[] = [];
  for (const p of object.properties) {
    const key = keyOf(p);
    if (key !== null && keys.includes(key) && !byKey.has(key)) byKey.set(key, (p as ts.PropertyAssignment).initializer);
    else rest.push(p.getText(file));
  }
  if (keys.some((k) => !byKey.has(k))) return null;
  const args = keys.map((k) => arg(k, byKey.get(k)!));
  return `${fn}(${args.join(', ')}${rest.length ? `, { ${rest.join(', ')} }` : ''})`;
}

export function compactSecretSpecs(source: string, fileName: string): string {
  if (!source.includes('defineSecretRule(')) return source;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: Array<[number, number, string]> = [];
  const pattern = (e: ts.Expression): string => {
    if (!ts.isObjectLiteralExpression(e)) return e.getText(file);
    // `{ regex }` alone is the regex itself; the builder wraps it (secretSpec).
    const only = e.properties.length === 1 ? e.properties[0]! : undefined;
    if (only && keyOf(only) === 'regex' && ts.isPropertyAssignment(only) && ts.isRegularExpressionLiteral(only.initializer)) return only.initializer.getText(file);
    return positional(file, e, '__secretPattern', PATTERN_KEYS, (_k, v) => v.getText(file)) ?? e.getText(file);
  };
  const specArg = (id: string | undefined) => (key: string, value: ts.Expression): string => {
    if (key === 'patterns' && ts.isArrayLiteralExpression(value)) return `[${value.elements.map(pattern).join(', ')}]`;
    // Every rule id is `secret.…` (SecretRuleSpec); the builder puts the prefix back.
    if (key === 'id' && ts.isStringLiteral(value) && value.text.startsWith(SECRET_PREFIX)) return JSON.stringify(value.text.slice(SECRET_PREFIX.length));
    if (key === 'placeholder' && id !== undefined && ts.isStringLiteral(value) && value.text === derivedPlaceholder(id)) return '0';
    return value.getText(file);
  };
  const idOf = (spec: ts.ObjectLiteralExpression): string | undefined => {
    const init = spec.properties.find((p): p is ts.PropertyAssignment => keyOf(p) === 'id')?.initializer;
    return init && ts.isStringLiteral(init) ? init.text : undefined;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineSecretRule') {
      const spec = node.arguments[0];
      const text = spec && ts.isObjectLiteralExpression(spec) ? positional(file, spec, '__secretSpec', SPEC_KEYS, specArg(idOf(spec))) : null;
      if (spec && text !== null) cuts.push([spec.getStart(file), spec.end, text]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (cuts.length === 0) return source;
  let out = source;
  for (const [start, end, text] of cuts.reverse()) out = out.slice(0, start) + text + out.slice(end);
  return `import { secretPattern as __secretPattern, secretSpec as __secretSpec } from ${JSON.stringify(runtimeSpecifier(fileName))};\n${out}`;
}
