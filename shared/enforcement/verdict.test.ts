import { describe, expect, test } from 'vitest';
import type { Finding, ScanResult } from '../engine/types';
import { DEFAULT_ENFORCEMENT_CONFIG } from './config';
import { createScanner } from '../engine/scanner';
import { secretDetectors } from '../detectors/secret';
import { nrp } from '../detectors/pii/nrp';
import { canRedact, countFindings, maskExcerpt, toVerdict } from './verdict';

describe('maskExcerpt', () => {
  test.each([
    ['AKIAZ3MSJV4WQ5TXGN7P', 'AKIA••••••••'],
    ['jane@acme.io', 'ja••••••••'],
    ['12345', '1••••••••'],
  ])('%s → %s', (value, masked) => {
    expect(maskExcerpt(value)).toBe(masked);
  });
});

/** A hand-made scan result: these tests pin the verdict's shape, not the detectors. */
function scanned(text: string, values: readonly [string, string][], redacted: string): ScanResult {
  const findings: Finding[] = values.map(([type, value]) => {
    const start = text.indexOf(value);
    return {
      type,
      category: 'secret',
      severity: 'critical',
      confidence: 0.9,
      start,
      end: start + value.length,
      explanation: { detector: type, rule: 'test', baseScore: 0.9, context: [] },
    };
  });
  const stats = { chars: text.length, durationMs: 0, detectorsRun: 0, truncated: false, findingsCapped: 0, valuesCapped: 0, errors: [] };
  return { findings, risk: findings.length ? 90 : 0, flagged: findings.length > 0, redacted, placeholders: { byPlaceholder: {}, counters: {} }, stats };
}

describe('toVerdict', () => {
  test('carries types, spans, masked excerpts and the redacted text, never the values', () => {
    const text = 'key AKIAZ3MSJV4WQ5TXGN7P and aws_secret_access_key=Zx9k3LmQ7vB2nR8tY4wE1pA6sD0fG5hJ3kL9mN2q';
    const result = scanned(
      text,
      [['secret.aws_access_key', 'AKIAZ3MSJV4WQ5TXGN7P'], ['secret.aws_secret_key', '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']],
      'key [AWS_ACCESS_KEY_1] and aws_secret_access_key=[AWS_SECRET_KEY_1]',
    );
    const verdict = toVerdict(result, text, { ...DEFAULT_ENFORCEMENT_CONFIG, mode: 'block' });
    expect(verdict).toMatchObject({ flagged: true, action: 'block' });
    expect(verdict.redacted).toBe('key [AWS_ACCESS_KEY_1] and aws_secret_access_key=[AWS_SECRET_KEY_1]');
    expect(verdict.findings.map((f) => text.slice(f.start, f.end))).toContain('AKIAZ3MSJV4WQ5TXGN7P');
    const wire = JSON.stringify({ ...verdict, redacted: '' });
    expect(wire).not.toContain('Zx9k3LmQ7vB2nR8t');
    expect(wire).not.toContain('AKIAZ3MSJV4WQ5TXGN7P');
  });

  test('a clean text is allowed', () => {
    const text = 'Summarise the board minutes';
    expect(toVerdict(scanned(text, [], text), text, DEFAULT_ENFORCEMENT_CONFIG)).toMatchObject({
      flagged: false,
      action: 'allow',
      findings: [],
    });
  });
});

describe('toVerdict on a capped scan', () => {
  const scan = createScanner(secretDetectors);
  const live = 'sk_live_BljJtYDzvY1hipunSdw437hc';
  // 600 made-up keys of one provider's format (a generated fixture), then a real one.
  const fake = (i: number): string => `sk_live_${String(i).padStart(8, '0')}Qm7Rt2Wx9Kp4Zs8V`;
  const text = Array.from({ length: 600 }, (_, i) => fake(i)).join('\n') + `\n${live}`;
  const result = scan(text);

  test('redact mode blocks instead of sending the real key unredacted', () => {
    expect(result.redacted).toContain(live);
    expect(result.stats.valuesCapped).toBeGreaterThan(0);
    const verdict = toVerdict(result, text, { ...DEFAULT_ENFORCEMENT_CONFIG, mode: 'redact', rules: [] });
    expect(verdict).toMatchObject({ action: 'block', capped: true });
  });

  test.each(['monitor', 'warn', 'block'] as const)('%s mode reports the verdict as capped', (mode) => {
    const verdict = toVerdict(result, text, { ...DEFAULT_ENFORCEMENT_CONFIG, mode, rules: [] });
    expect(verdict).toMatchObject({ action: mode, capped: true });
  });

  test('a text past the size limit is capped too: its unread tail would be sent as it is', () => {
    const long = `${'x '.repeat(100)}${live}`;
    const cut = createScanner(secretDetectors)(long, { budgets: { maxScanChars: 50 } });
    expect(cut.redacted).toContain(live);
    const verdict = toVerdict(cut, long, { ...DEFAULT_ENFORCEMENT_CONFIG, mode: 'redact', rules: [] });
    expect(verdict).toMatchObject({ action: 'block', capped: true });
  });

  test('a low-only detector at its cap does not make the verdict capped (low findings never flag)', () => {
    const report = 'The French and German teams met the Italian delegation. '.repeat(120);
    const found = createScanner({ 'pii.nrp': nrp })(report);
    expect(found.stats.findingsCapped).toBeGreaterThan(0);
    expect(found.stats.valuesCapped).toBe(0);
    expect(toVerdict(found, report, { ...DEFAULT_ENFORCEMENT_CONFIG, mode: 'redact', rules: [] })).toMatchObject({ action: 'allow' });
  });

  test('an uncapped verdict carries no capped field', () => {
    const clean = 'Summarise the board minutes';
    expect(toVerdict(scanned(clean, [], clean), clean, DEFAULT_ENFORCEMENT_CONFIG)).not.toHaveProperty('capped');
  });
});

describe('canRedact', () => {
  const text = 'key sk_live_BljJtYDzvY1hipunSdw437hc';
  test.each([
    ['a complete redaction', { redacted: 'key [STRIPE_KEY_1]' }, true],
    ['a capped scan (values past the budget may be left)', { redacted: 'key [STRIPE_KEY_1]', capped: true as const }, false],
    ['nothing to replace (no finding has a placeholder)', { redacted: text }, false],
  ])('%s → %s', (_, verdict, expected) => {
    expect(canRedact(verdict, text)).toBe(expected);
  });
});

test('countFindings counts per type', () => {
  expect(countFindings([{ type: 'pii.email' }, { type: 'secret.x' }, { type: 'pii.email' }])).toEqual([
    { type: 'pii.email', count: 2 },
    { type: 'secret.x', count: 1 },
  ]);
});
