import { describe, expect, test } from 'vitest';
import { compactSecretSpecs, runtimeSpecifier } from './compact-secret-specs';
import { secretPattern, secretSpec } from './runtime/secret-spec';

const IMPORT = `import { secretPattern as __secretPattern, secretSpec as __secretSpec } from ${JSON.stringify(runtimeSpecifier('x.ts'))};\n`;

describe('compactSecretSpecs', () => {
  test.each([
    [
      "const r = defineSecretRule({ id: 'secret.x', severity: 'high', placeholder: 'X', keywords: ['x_'], patterns: [{ rule: 'a', regex: /x_\\d+/g }] });",
      // The placeholder is the id's name in capitals: spelled by the builder.
      `${IMPORT}const r = defineSecretRule(__secretSpec("x", 'high', 0, ['x_'], [__secretPattern(/x_\\d+/g, { rule: 'a' })]));`,
    ],
    [
      "defineSecretRule({ id: 'secret.x', severity: 'high', placeholder: 'SECRET', keywords: K, confidence: 0.7, patterns: [{ rule: 'a', regex: R, back: 4, gate: (t, at) => t[at] === '.' }, P] });",
      `${IMPORT}defineSecretRule(__secretSpec("x", 'high', 'SECRET', K, [__secretPattern(R, { rule: 'a', back: 4, gate: (t, at) => t[at] === '.' }), P], { confidence: 0.7 }));`,
    ],
    // A pattern of a regex alone (its `rule` stripped before) is the regex.
    [
      "defineSecretRule({ id: 'secret.x', severity: 'high', placeholder: 'Y', keywords: ['x_'], patterns: [{ regex: /x_\\d+/g }, { regex: R }] });",
      `${IMPORT}defineSecretRule(__secretSpec("x", 'high', 'Y', ['x_'], [/x_\\d+/g, __secretPattern(R)]));`,
    ],
    // A spec without one of the positional keys, or a pattern without `regex`: as written.
    ["defineSecretRule({ id: 'secret.x', severity: 'high', keywords: [], patterns: [] });", "defineSecretRule({ id: 'secret.x', severity: 'high', keywords: [], patterns: [] });"],
    [
      "defineSecretRule({ id: 'i', severity: 's', placeholder: 'p', keywords: k, patterns: [{ rule: 'a', ...shared }] });",
      `${IMPORT}defineSecretRule(__secretSpec('i', 's', 'p', k, [{ rule: 'a', ...shared }]));`,
    ],
    ["other({ id: 'i', severity: 's', placeholder: 'p', keywords: k, patterns: [] });", "other({ id: 'i', severity: 's', placeholder: 'p', keywords: k, patterns: [] });"],
  ])('%s', (source, expected) => {
    expect(compactSecretSpecs(source, 'x.ts')).toBe(expected);
  });

  test('imports the builders relative to the rule file', () => {
    expect(runtimeSpecifier(`${import.meta.dirname}/../../shared/detectors/secret/rules/github.ts`)).toBe('../../../../scripts/content-bundle/runtime/secret-spec');
  });

  test('the builders give back the objects as written', () => {
    const gate = (): boolean => true;
    expect(secretPattern(/x/g, { back: 4, gate })).toEqual({ regex: /x/g, back: 4, gate });
    expect(secretSpec('secret.npm_token', 'high', 0, [], []).placeholder).toBe('NPM_TOKEN');
    expect(secretSpec('npm_token', 'high', 0, [], [])).toMatchObject({ id: 'secret.npm_token', placeholder: 'NPM_TOKEN' });
    expect(secretSpec('secret.x', 'high', 'X', [], [/x/g, secretPattern(/y/g, { back: 2 })]).patterns).toEqual([{ regex: /x/g }, { regex: /y/g, back: 2 }]);
    expect(secretSpec('secret.x', 'high', 'X', ['x_'], [], { confidence: 0.7 })).toEqual({
      id: 'secret.x',
      severity: 'high',
      placeholder: 'X',
      keywords: ['x_'],
      patterns: [],
      confidence: 0.7,
    });
  });
});
