import { describe, expect, test } from 'vitest';
import type { Finding, Severity } from './types';
import { DEFAULT_FLAG_THRESHOLD } from './options';
import { computeRisk, LOW_ONLY_RISK_CAP } from './risk';

const f = (severity: Severity, confidence: number, type = `t.${severity}${confidence}`): Finding => ({
  type, category: 'pii', severity, confidence, start: 0, end: 1,
  explanation: { detector: type, rule: 'r', baseScore: confidence, context: [] },
});
const risk = (...findings: Finding[]) => computeRisk(findings.map((finding, i) => ({ finding, value: String(i) })), DEFAULT_FLAG_THRESHOLD);

describe('computeRisk', () => {
  test.each([
    ['nothing', [], 0, false],
    ['one low', [f('low', 1)], 10, false],
    ['twenty lows never flag', Array.from({ length: 20 }, () => f('low', 1)), LOW_ONLY_RISK_CAP, false],
    ['one medium', [f('medium', 0.9)], 27, false],
    ['two confident mediums', [f('medium', 1, 'a'), f('medium', 1, 'b')], 51, true],
    ['one confident high', [f('high', 0.9)], 63, true],
    ['one unsure high', [f('high', 0.5)], 35, false],
    ['one critical', [f('critical', 0.9)], 86, true],
    ['saturates below 100+', [f('critical', 1), f('critical', 1, 'x'), f('high', 1)], 100, true],
  ] as const)('%s', (_name, findings, expectedRisk, expectedFlag) => {
    expect(risk(...findings)).toEqual({ risk: expectedRisk, flagged: expectedFlag });
  });

  test('a repeated value counts once', () => {
    const one = f('medium', 1, 'pii.email');
    const items = [1, 2, 3].map(() => ({ finding: one, value: 'a@b.co' }));
    expect(computeRisk(items, DEFAULT_FLAG_THRESHOLD).risk).toBe(30);
  });

  test('lows never flag even under a threshold of 1', () => {
    expect(computeRisk([{ finding: f('low', 1), value: 'x' }], 1).flagged).toBe(false);
  });
});
