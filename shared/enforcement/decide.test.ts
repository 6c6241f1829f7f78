import { describe, expect, test } from 'vitest';
import { DEFAULT_ENFORCEMENT_CONFIG, type EnforcementConfig, type EnforcementRule } from './config';
import { actionFor, decide, decideFailClosed } from './decide';

const config = (mode: EnforcementConfig['mode'], rules: EnforcementRule[] = []): EnforcementConfig => ({
  ...DEFAULT_ENFORCEMENT_CONFIG,
  mode,
  rules,
});
const aws = { type: 'secret.aws_access_key', category: 'secret' };
const email = { type: 'pii.email', category: 'pii' };

describe('actionFor: most specific rule wins', () => {
  const rules: EnforcementRule[] = [
    { match: '*', action: 'warn' },
    { match: 'secret.*', action: 'block' },
    { match: 'secret.aws_access_key', action: 'redact' },
  ];
  test.each([
    ['exact type beats category.*', aws, rules, 'redact'],
    ['category.* beats *', { type: 'secret.github_token', category: 'secret' }, rules, 'block'],
    ['* beats the mode', email, rules, 'warn'],
    ['the mode when nothing matches', email, [{ match: 'secret.*', action: 'block' }], 'monitor'],
    ['order does not matter', aws, [...rules].reverse(), 'redact'],
    ['a category rule does not match another category', email, [{ match: 'secret.*', action: 'block' }], 'monitor'],
  ] as const)('%s', (_name, finding, ruleSet, expected) => {
    expect(actionFor(finding.type, finding.category, config('monitor', [...ruleSet]))).toBe(expected);
  });
});

describe('decide', () => {
  test.each([
    ['not flagged → allow, whatever the mode', 'block', [], false, [aws], 'allow'],
    ['flagged → the mode', 'warn', [], true, [aws, email], 'warn'],
    ['strictest finding wins', 'warn', [{ match: 'secret.*', action: 'block' }], true, [email, aws], 'block'],
    ['a rule relaxes one type only', 'block', [{ match: 'pii.email', action: 'monitor' }], true, [email, aws], 'block'],
    ['relaxed type alone', 'block', [{ match: 'pii.email', action: 'monitor' }], true, [email], 'monitor'],
    ['redact beats warn', 'warn', [{ match: 'pii.*', action: 'redact' }], true, [email, aws], 'redact'],
    ['flagged without findings falls back to the mode', 'redact', [], true, [], 'redact'],
  ] as const)('%s', (_name, mode, rules, flagged, findings, expected) => {
    expect(decide({ flagged, findings }, config(mode, [...rules]))).toBe(expected);
  });
});

describe('decide on a capped scan (values past a findings budget were never read)', () => {
  test.each([
    ['redact mode blocks rather than send a partly redacted text', 'redact', [], false, [], 'block'],
    ['a redact rule blocks too', 'warn', [{ match: 'secret.*', action: 'redact' }], true, [aws], 'block'],
    ['monitor mode still only records', 'monitor', [], true, [aws], 'monitor'],
    ['warn mode warns even when the findings read were harmless', 'warn', [], false, [], 'warn'],
    ['block mode blocks', 'block', [], false, [email], 'block'],
    ['a relaxing rule cannot cover unread values', 'block', [{ match: 'secret.*', action: 'monitor' }], true, [aws], 'block'],
  ] as const)('%s', (_name, mode, rules, flagged, findings, expected) => {
    expect(decide({ flagged, findings, capped: true }, config(mode, [...rules]))).toBe(expected);
  });

  test('an uncapped scan decides as before', () => {
    expect(decide({ flagged: false, findings: [], capped: false }, config('redact'))).toBe('allow');
    expect(decide({ flagged: true, findings: [aws], capped: false }, config('redact'))).toBe('redact');
  });
});

describe('decideFailClosed', () => {
  test.each([
    ['a critical secret stops the prompt', [{ ...aws, severity: 'critical' }], 'block'],
    ['a high finding stops the prompt', [{ ...aws, severity: 'high' }], 'block'],
    ['medium findings do not', [{ ...email, severity: 'medium' }], 'allow'],
    ['nothing found', [], 'allow'],
  ] as const)('%s', (_name, findings, expected) => {
    expect(decideFailClosed(findings, config('block'))).toBe(expected);
  });

  test('rules apply to the serious findings only', () => {
    const findings = [{ ...aws, severity: 'critical' }, { ...email, severity: 'low' }];
    expect(decideFailClosed(findings, config('warn', [{ match: 'pii.*', action: 'block' }]))).toBe('warn');
  });
});
