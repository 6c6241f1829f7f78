import { describe, expect, test } from 'vitest';
import { registry } from '../detectors/registry';
import { createScanner } from './scanner';
import { typeMatches } from './allow-patterns';

const scan = createScanner(registry);
const TEXT = 'Mail support@acme-corp.com or jane.doe@gmail.com about it';

describe('allow patterns', () => {
  test.each([
    ['*', 'pii.email', true],
    ['pii.*', 'pii.email', true],
    ['pii.email', 'pii.email', true],
    ['pii.*', 'piix.email', false],
    ['secret.*', 'pii.email', false],
  ])('%s matches %s: %s', (pattern, type, expected) => {
    expect(typeMatches(pattern, type)).toBe(expected);
  });

  test('a matching allow pattern drops the finding and leaves the others', () => {
    const before = scan(TEXT).findings.filter((f) => f.type === 'pii.email');
    expect(before).toHaveLength(2);
    const after = scan(TEXT, { allowPatterns: [{ detector: 'pii.email', pattern: '@acme-corp\\.com$' }] });
    expect(after.findings.filter((f) => f.type === 'pii.email').map((f) => TEXT.slice(f.start, f.end))).toEqual(['jane.doe@gmail.com']);
    expect(after.redacted).toContain('support@acme-corp.com');
  });

  test('a pattern scoped to another detector does not suppress', () => {
    const result = scan(TEXT, { allowPatterns: [{ detector: 'secret.*', pattern: 'acme' }] });
    expect(result.findings.filter((f) => f.type === 'pii.email')).toHaveLength(2);
  });

  test('an unsafe or broken pattern is reported, never fatal', () => {
    const result = scan(TEXT, { allowPatterns: [{ pattern: '(a+)+$' }, { pattern: '([' }] });
    expect(result.stats.errors).toHaveLength(2);
    expect(result.findings.filter((f) => f.type === 'pii.email')).toHaveLength(2);
  });

  test('a category wildcard in disabledDetectors turns the whole category off', () => {
    expect(scan(TEXT, { disabledDetectors: ['pii.*'] }).findings.filter((f) => f.category === 'pii')).toEqual([]);
  });
});
