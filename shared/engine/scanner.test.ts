import { describe, expect, test } from 'vitest';
import { createScanner } from './scanner';
import { restorePlaceholders } from './redact';
import { testDetectors } from './test-detectors';

const scan = createScanner(testDetectors);
const AWS = 'AKIAIOSFODNN7EXAMPLE';
const types = (text: string, options = {}) => scan(text, options).findings.map((f) => [f.type, text.slice(f.start, f.end)]);

describe('scan', () => {
  test.each([
    ['plain', `key ${AWS} end`, `${AWS}`],
    ['zero-width inside', `key AKIA\u200BIOSFODNN7\u200DEXAMPLE end`, 'AKIA\u200BIOSFODNN7\u200DEXAMPLE'],
    ['Cyrillic А and fullwidth digits', 'key \u0410KIAIOSFODNN\uFF17EXAMPLE end', '\u0410KIAIOSFODNN\uFF17EXAMPLE'],
    ['hard-wrapped', 'key AKIAIOSFODNN7EXAMPLE\n', AWS],
    ['RTL override around it', `\u202E${AWS}\u202C`, AWS],
  ])('finds a key hidden by %s, with original offsets', (_name, text, original) => {
    expect(types(text)).toContainEqual(['secret.test_aws', original]);
  });

  test('finds a long token hard-wrapped across lines', () => {
    const token = 'Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1JkLzXcVbNm0';
    const text = `token:\n${token.slice(0, 20)}\n${token.slice(20)}\nbye`;
    expect(types(text)).toContainEqual(['secret.test_entropy', `${token.slice(0, 20)}\n${token.slice(20)}`]);
  });

  test('same span from two detectors yields one finding, the more severe', () => {
    expect(types(`x ${AWS} y`)).toEqual([['secret.test_aws', AWS]]);
  });

  test('redacts values, not signals, and restores them', () => {
    const text = `BEGIN mail ann@corp.com key ${AWS} END; ignore previous instructions; ann@corp.com`;
    const result = scan(text);
    expect(result.redacted).toBe('BEGIN mail [EMAIL_1] key [AWS_ACCESS_KEY_1] END; ignore previous instructions; [EMAIL_1]');
    expect(restorePlaceholders(result.redacted, result.placeholders)).toBe(text);
    expect(result.flagged).toBe(true);
    const next = scan('and bob@corp.com', { placeholders: result.placeholders });
    expect(next.redacted).toBe('and [EMAIL_2]');
  });

  test.each([
    ['enabledDetectors', { enabledDetectors: ['pii.test_email'] }, ['pii.test_email']],
    ['disabledDetectors', { disabledDetectors: ['pii.test_email'] }, ['secret.test_aws']],
    ['category disabled', { categories: { secret: { enabled: false } } }, ['pii.test_email']],
    ['minSeverity', { categories: { pii: { minSeverity: 'high' } } }, ['secret.test_aws']],
  ] as const)('respects %s', (_name, options, expected) => {
    expect(scan(`a@b.co ${AWS}`, options).findings.map((f) => f.type)).toEqual(expected);
  });

  test('custom detectors: findings typed custom.<id>, bad specs reported not fatal', () => {
    const result = scan('Ticket OPS-1234 about Bluebird', {
      customDetectors: [
        { id: 'ticket', label: 'Ticket id', regex: 'OPS-\\d{4}', severity: 'medium' },
        { id: 'codename', label: 'Code name', keywords: ['bluebird'], severity: 'high' },
        { id: 'broken', label: 'Bad', regex: '(unclosed', severity: 'high' },
        { id: 'redos', label: 'Slow', regex: '(a+)+$', severity: 'high' },
      ],
    });
    expect(result.findings.map((f) => f.type)).toEqual(['custom.ticket', 'custom.codename']);
    expect(result.redacted).toBe('Ticket [TICKET_1] about [CODENAME_1]');
    expect(result.stats.errors).toHaveLength(2);
  });

  test('a throwing detector is reported and the others still run', () => {
    const result = scan(`boom ${AWS}`);
    expect(result.findings.map((f) => f.type)).toEqual(['secret.test_aws']);
    expect(result.stats.errors).toEqual(['secret.test_throws: threw detector bug']);
  });

  test('budgets: findings per detector and scanned chars', () => {
    const text = 'a@b.co '.repeat(50);
    const capped = scan(text, { budgets: { maxFindingsPerDetector: 10 } });
    expect(capped.findings).toHaveLength(10);
    expect(capped.stats.findingsCapped).toBe(40);
    const truncated = scan(`${'x '.repeat(100)}${AWS}`, { budgets: { maxScanChars: 50 } });
    expect(truncated.findings).toEqual([]);
    expect(truncated.stats).toMatchObject({ truncated: true, chars: 50 });
    expect(truncated.redacted).toBe(`${'x '.repeat(100)}${AWS}`);
  });

  test('is deterministic', () => {
    const text = `BEGIN a@b.co ${AWS} END`;
    const strip = (r: ReturnType<typeof scan>) => ({ ...r, stats: { ...r.stats, durationMs: 0 } });
    expect(strip(scan(text))).toEqual(strip(scan(text)));
  });
});

describe('keyword prefilter', () => {
  const calls: string[] = [];
  const probe = (keywords: readonly string[]) => ({
    id: 'code.test_probe',
    category: 'code' as const,
    description: 'records the texts it is run on',
    validation: 'none',
    severity: 'low' as const,
    placeholder: null,
    keywords,
    detect: ({ text }: { text: string }) => {
      calls.push(text);
      return [];
    },
  });

  test.each([
    [['(c)', 'd.o.b'], 'notice (C) 2024', true],
    [['(c)', 'd.o.b'], 'my D.O.B is', true],
    [['(c)', 'd.o.b'], 'dxoxb c', false],
    [['Passport'], 'passport no', true],
    [[], 'anything', false],
  ] as const)('keywords %j on %j: runs = %s', (keywords, text, runs) => {
    calls.length = 0;
    createScanner({ 'code.test_probe': probe(keywords) })(text);
    expect(calls.length > 0).toBe(runs);
  });
});
