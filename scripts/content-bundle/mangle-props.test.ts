import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, test } from 'vitest';
import { ENTRYPOINTS, UI_ENTRYPOINT, bundleContentScript } from './bundle';
import { MANGLED_PROPS, PLATFORM_NAMED_PROPS } from './mangle-props';

/**
 * The names mangle-props.ts shortens must be known only inside the bundle (see its doc). Checked
 * on every content script as bundled before the renaming.
 */
const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '../..');
/** The content scripts and the dialog's script, which the content build shapes alike. */
const contentScripts = [...readdirSync(ENTRYPOINTS).filter((f) => f.endsWith('.content.ts')), UI_ENTRYPOINT];

/**
 * Property names of every message's request and response (ProtocolMap), and of what the content
 * script hands the separately built dialog (InPageUi), recursively.
 */
function protocolPropertyNames(): Set<string> {
  const boundaries = [
    { file: join(ROOT, 'shared/protocol/messages.ts'), name: 'ProtocolMap' },
    { file: join(ROOT, 'extension/lib/ui/dialog-request.ts'), name: 'InPageUi' },
  ];
  const program = ts.createProgram(boundaries.map((b) => b.file), { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true });
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
    // A method of the dialog's API: what it is handed and what it answers.
    for (const signature of type.getCallSignatures()) {
      signature.getParameters().forEach((p) => walk(checker.getTypeOfSymbol(p)));
      walk(checker.getAwaitedType(signature.getReturnType()) ?? signature.getReturnType());
    }
  };
  for (const { file, name } of boundaries) {
    ts.forEachChild(program.getSourceFile(file)!, (node) => {
      if (ts.isInterfaceDeclaration(node) && node.name.text === name) walk(checker.getTypeAtLocation(node));
    });
  }
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

const ALL_MANGLED: readonly string[] = [...MANGLED_PROPS, ...PLATFORM_NAMED_PROPS];

/**
 * Every use of `names` as a property in the content scripts' own sources whose declaration is not
 * the repository's: a platform typing (lib.dom, WebExtension), a package's, or none the checker
 * can find. Reads, object literals (by their contextual type: an options object handed to
 * `addEventListener` is the platform's) and destructuring are all checked.
 */
function foreignUses(names: readonly string[], bundled: ReadonlySet<string>): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const program = ts.createProgram([...contentScripts.map((f) => join(ENTRYPOINTS, f)), join(ROOT, '.wxt/wxt.d.ts')], config.options);
  const checker = program.getTypeChecker();
  const ours = (d: ts.Declaration): boolean => {
    const file = d.getSourceFile();
    return !file.isDeclarationFile && !file.fileName.includes('/node_modules/') && file.fileName.startsWith(ROOT);
  };
  /** The declarations of `name` on `type`, through unions and intersections; null when it is `any`/`unknown`. */
  const declarationsOn = (type: ts.Type, name: string): ts.Declaration[] | null => {
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return null;
    if (type.isUnionOrIntersection()) {
      const parts = type.types.map((t) => declarationsOn(t, name));
      return parts.some((p) => p === null) ? null : parts.flatMap((p) => p!);
    }
    return checker.getPropertyOfType(type, name)?.declarations ?? [];
  };
  const found: string[] = [];
  const report = (node: ts.Node, name: string, why: string): void => {
    const at = node.getSourceFile();
    found.push(`${name} at ${relative(ROOT, at.fileName)}:${at.getLineAndCharacterOfPosition(node.getStart(at)).line + 1} (${why})`);
  };
  const check = (node: ts.Node, name: string, declarations: readonly ts.Declaration[] | null): void => {
    if (declarations === null) report(node, name, 'on an untyped value');
    else if (declarations.length === 0) report(node, name, 'unresolved');
    else if (!declarations.every(ours)) report(node, name, `declared in ${declarations.filter((d) => !ours(d)).map((d) => relative(ROOT, d.getSourceFile().fileName)).join(', ')}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && names.includes(node.name.text)) {
      check(node, node.name.text, checker.getSymbolAtLocation(node.name)?.declarations ?? declarationsOn(checker.getTypeAtLocation(node.expression), node.name.text));
    }
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node) || ts.isMethodDeclaration(node)) && ts.isIdentifier(node.name) && names.includes(node.name.text)) {
      // What reads an object literal is its contextual type: a platform options object, `any`
      // (JSON.stringify, postMessage) or one of ours. Without one, or when the type has no such
      // field, only our own code can read it.
      const object = node.parent;
      const type = ts.isObjectLiteralExpression(object) ? checker.getContextualType(object) : undefined;
      const declared = type === undefined ? [] : declarationsOn(type, node.name.text);
      check(node, node.name.text, declared !== null && declared.length === 0 ? (checker.getSymbolAtLocation(node.name)?.declarations ?? []) : declared);
    }
    if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const key = node.propertyName ?? node.name;
      if (ts.isIdentifier(key) && names.includes(key.text)) check(node, key.text, declarationsOn(checker.getTypeAtLocation(node.parent), key.text));
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) if (bundled.has(relative(ROOT, file.fileName))) visit(file);
  return found;
}

const bundles: Array<{ file: string; strings: Set<string>; members: Set<string> }> = [];
/** Every source module of any content script, relative to the repository. */
const bundled = new Set<string>();
beforeAll(async () => {
  for (const file of contentScripts) {
    const { code, inputs } = await bundleContentScript(join(ENTRYPOINTS, file), { mangle: false });
    bundles.push({ file, ...bundleNames(code) });
    Object.keys(inputs).forEach((path) => bundled.add(path));
  }
}, 120_000);

describe('mangled property names', () => {
  test('are no message field', { timeout: 60_000 }, () => {
    const protocol = protocolPropertyNames();
    expect(protocol.has('findings') && protocol.has('requireJustification') && protocol.has('canRedact') && protocol.has('justification')).toBe(true);
    expect(ALL_MANGLED.filter((name) => protocol.has(name))).toEqual([]);
  });

  test('are no platform API member', () => {
    const platform = platformNames();
    expect(platform.has('addEventListener') && platform.has('sendMessage')).toBe(true);
    expect(MANGLED_PROPS.filter((name) => platform.has(name))).toEqual([]);
  });

  test('that share a platform member name are only ever our own fields in the content scripts', { timeout: 120_000 }, () => {
    // The check can fail: `capture` is an addEventListener option, `textContent` a DOM field.
    expect(foreignUses(['capture', 'textContent'], bundled).length).toBeGreaterThan(0);
    expect(foreignUses(PLATFORM_NAMED_PROPS, bundled)).toEqual([]);
  });

  test.each(contentScripts)('%s: none is written as a string (read by name)', (file) => {
    const { strings } = bundles.find((b) => b.file === file)!;
    expect(ALL_MANGLED.filter((name) => strings.has(name))).toEqual([]);
  });

  test('each is still a property in the content scripts (the list is not stale)', () => {
    expect(ALL_MANGLED.filter((name) => !bundles.some((b) => b.members.has(name)))).toEqual([]);
  });
});
