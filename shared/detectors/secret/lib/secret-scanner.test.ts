import { describe, expect, test } from 'vitest';
import type { DetectorInput } from '../../../engine/types';
import { resolveOptions } from '../../../engine/options';
import { createScanner } from '../../../engine/scanner';
import { defineContextRule } from './define-context-rule';
import { defineSecretRule } from './define-secret-rule';
import { secretDetectors } from '../index';
import { combineSecretDetectors, MAX_CANDIDATES_PER_RULE } from './secret-scanner';

const input = (text: string, maxFindingsPerDetector?: number): DetectorInput => ({
  text,
  lower: text.toLowerCase(),
  options: resolveOptions(maxFindingsPerDetector === undefined ? {} : { budgets: { maxFindingsPerDetector } }),
});

const token = defineSecretRule({
  id: 'secret.test_token',
  description: 'test',
  validation: 'test',
  severity: 'high',
  placeholder: 'TOKEN',
  keywords: ['tok_'],
  patterns: [{ rule: 'token', regex: /tok_[a-z0-9]{8}\b/ }],
});

/** `pw=<value>`: reports every value; the shared placeholder policy drops `${…}` templates. */
const assigned = defineContextRule({
  id: 'secret.test_assigned',
  description: 'test',
  validation: 'test',
  severity: 'high',
  placeholder: 'SECRET',
  keywords: ['pw='],
  at(input, at, _anchor, out) {
    const end = input.text.indexOf(' ', at);
    const stop = end < 0 ? input.text.length : end;
    out.push({ start: at + 3, end: stop, rule: 'pw', confidence: 0.6 });
    return stop;
  },
});

const { 'secret.test_token': combinedToken, 'secret.test_assigned': combinedAssigned } = combineSecretDetectors({
  'secret.test_token': token,
  'secret.test_assigned': assigned,
});

const tokens = (n: number): string => Array.from({ length: n }, (_, i) => `tok_${String(i).padStart(8, '0')}`).join(' ');

describe('secret scanner budget', () => {
  test('a rule stops at the engine budget, keeping the first candidates in text order', () => {
    const text = tokens(10);
    const all = combinedToken.detect(input(text));
    expect(all).toHaveLength(10);
    expect(combinedToken.detect(input(text, 3))).toEqual(all.slice(0, 3));
    expect(token.detect(input(text, 4))).toEqual(all.slice(0, 4));
  });

  test('candidates the placeholder policy drops do not count against the budget', () => {
    const text = 'pw=${A} pw=${B} pw=Xk29vLq0 pw=${C} pw=Zr81mPw4 pw=Qe77sNb2';
    const found = combinedAssigned.detect(input(text, 2));
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(['Xk29vLq0', 'Zr81mPw4']);
  });

  test('the per-rule cap still bounds a budget above it', () => {
    const text = tokens(MAX_CANDIDATES_PER_RULE + 10);
    expect(combinedToken.detect(input(text, MAX_CANDIDATES_PER_RULE * 2))).toHaveLength(MAX_CANDIDATES_PER_RULE);
  });

  test('the engine reports the same findings whether or not the rule stopped early', () => {
    const scan = createScanner({ 'secret.test_token': token });
    const text = tokens(40);
    const capped = scan(text, { budgets: { maxFindingsPerDetector: 5 } });
    const full = scan(text);
    expect(capped.findings).toEqual(full.findings.slice(0, 5));
  });
});

describe('a repeated token hides nothing (verdicts are reused per distinct value)', () => {
  const scan = createScanner(secretDetectors);
  const live = 'sk_live_BljJtYDzvY1hipunSdw437hc';
  const spans = (text: string, type: string): string[] =>
    scan(text)
      .findings.filter((f) => f.type === type)
      .map((f) => text.slice(f.start, f.end));

  test('a key of another provider after thousands of repeats is found', () => {
    const text = 'api_key=sk_live_4eC39HqLyjWDarjtT1zdp7dc '.repeat(2_500) + `aws_access_key_id = AKIA2OGYBAH6TOWLYWXB`;
    expect(spans(text, 'secret.aws_access_key')).toEqual(['AKIA2OGYBAH6TOWLYWXB']);
  });

  test('a real key after repeats of a made-up one of the same format keeps its own verdict', () => {
    const text = 'STRIPE_KEY=sk_live_aaaaaaaaaaaaaaaaaaaaaaaa '.repeat(200) + `STRIPE_KEY=${live}`;
    const found = scan(text).findings;
    expect(found).toHaveLength(201);
    expect(found.slice(0, 200).every((f) => f.severity === 'low' && f.explanation.note !== undefined)).toBe(true);
    const last = found[200]!;
    expect([last.type, text.slice(last.start, last.end)]).toEqual(['secret.stripe_key', live]);
    expect(last.explanation.note).toBeUndefined();
    expect(last.severity).not.toBe('low');
  });

  test('each occurrence of a repeated key is reported at its own position', () => {
    const text = `key: ${live}\n`.repeat(50);
    const found = spans(text, 'secret.stripe_key');
    expect(found).toEqual(Array.from({ length: 50 }, () => live));
  });
});
