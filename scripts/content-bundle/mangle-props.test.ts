import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, test } from 'vitest';
import { ENTRYPOINTS, bundleContentScript } from './bundle';
import { MANGLED_PROPS } from './mangle-props';

/**
 * The names mangle-props.ts shortens must be known only inside the bundle (see its doc). Checked
 * on every content script as bundled before the renaming.
 */
const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '../..');
const contentScripts = readdirSync(ENTRYPOINTS).filter((f) => f.endsWith('.content.ts'));

/** Property names of every message's request and response (ProtocolMap), recursively. */
function protocolPropertyNames(): Set<string> {
  const file = join(ROOT, 'shared/protocol/messages.ts');
  const program = ts.createProgram([file], { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const names = new Set<string>();
  const seen = new Set<ts.Type>();
  const walk = (type: ts.Type): void => {
    if (seen.has(type)) return;
    seen.add(type);
    if (type.isUnionOrIntersection()) return type.types.forEach(walk);
    if (checker.isArrayType(type) || checker.isTupleType(type)) return checker.getTypeArguments(type as ts.TypeReference).forEach(walk);
    for (const property of checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (declaration === undefined || declaration.getSourceFile().hasNoDefaultLib) continue;
      names.add(property.name);
      walk(checker.getTypeOfSymbolAtLocation(property, declaration));
    }
    const index = type.getStringIndexType();
    if (index) walk(index);
  };
  const source = program.getSourceFile(file)!;
  ts.forEachChild(source, (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'ProtocolMap') walk(checker.getTypeAtLocation(node));
  });
  return names;
}

/** Every member name the DOM, ES and WebExtension typings declare (over-inclusive on purpose). */
function platformNames(): Set<string> {
  const dirs = [
    dirname(require.resolve('typescript/lib/lib.dom.d.ts')),
    dirname(require.resolve('@types/webextension-polyfill/package.json')),
    dirname(require.resolve('@wxt-dev/browser/package.json')),
  ];
  const names = new Set<string>();
  const read = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) read(path);
      else if (/\.d\.[cm]?ts$/.test(entry.name)) for (const m of readFileSync(path, 'utf8').matchAll(/([A-Za-z_$][\w$]*)\??\s*[:(<]/g)) names.add(m[1]!);
    }
  };
  dirs.forEach(read);
  return names;
}

/** The strings and the member names written in a bundle. */
function bundleNames(code: string): { strings: Set<string>; members: Set<string> } {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const strings = new Set<string>();
  const members = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) strings.add(node.text);
    if (ts.isPropertyAccessExpression(node)) members.add(node.name.text);
    if ((ts.isPropertyAssignment(node) || ts.isMethodDeclaration(node) || ts.isPropertyDeclaration(node)) && ts.isIdentifier(node.name)) members.add(node.name.text);
    if (ts.isShorthandPropertyAssignment(node)) members.add(node.name.text);
    if (ts.isBindingElement(node)) members.add((node.propertyName ?? node.name).getText(file));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { strings, members };
}

const bundles: Array<{ file: string; strings: Set<string>; members: Set<string> }> = [];
beforeAll(async () => {
  for (const file of contentScripts) bundles.push({ file, ...bundleNames((await bundleContentScript(join(ENTRYPOINTS, file), { mangle: false })).code) });
}, 120_000);

describe('mangled property names', () => {
  test('are no message field', { timeout: 60_000 }, () => {
    const protocol = protocolPropertyNames();
    expect(protocol.has('findings') && protocol.has('requireJustification')).toBe(true);
    expect(MANGLED_PROPS.filter((name) => protocol.has(name))).toEqual([]);
  });

  test('are no platform API member', () => {
    const platform = platformNames();
    expect(platform.has('addEventListener') && platform.has('sendMessage')).toBe(true);
    expect(MANGLED_PROPS.filter((name) => platform.has(name))).toEqual([]);
  });

  test.each(contentScripts)('%s: none is written as a string (read by name)', (file) => {
    const { strings } = bundles.find((b) => b.file === file)!;
    expect(MANGLED_PROPS.filter((name) => strings.has(name))).toEqual([]);
  });

  test('each is still a property in the content scripts (the list is not stale)', () => {
    expect(MANGLED_PROPS.filter((name) => !bundles.some((b) => b.members.has(name)))).toEqual([]);
  });
});
