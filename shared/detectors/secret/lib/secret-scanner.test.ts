import { describe, expect, test } from 'vitest';
import type { DetectorInput } from '../../../engine/types';
import { resolveOptions } from '../../../engine/options';
import { createScanner } from '../../../engine/scanner';
import { defineContextRule } from './define-context-rule';
import { defineSecretRule } from './define-secret-rule';
import { secretDetectors } from '../index';
import { combineSecretDetectors, MAX_CANDIDATES_PER_RULE } from './secret-scanner';
import { aws } from '../rules/aws';
import { stripe } from '../rules/stripe';
import { twitch } from '../rules/twitch';

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
    // One past the budget, for the engine to drop and count as capped.
    expect(combinedToken.detect(input(text, 3))).toEqual(all.slice(0, 4));
    expect(token.detect(input(text, 4))).toEqual(all.slice(0, 5));
  });

  test('candidates the placeholder policy drops do not count against the budget', () => {
    const text = 'pw=${A} pw=${B} pw=Xk29vLq0 pw=${C} pw=Zr81mPw4 pw=Qe77sNb2';
    const found = combinedAssigned.detect(input(text, 2));
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(['Xk29vLq0', 'Zr81mPw4', 'Qe77sNb2']);
  });

  test('the per-rule cap still bounds a budget above it', () => {
    const text = tokens(MAX_CANDIDATES_PER_RULE + 10);
    const found = combinedToken.detect(input(text, MAX_CANDIDATES_PER_RULE * 2));
    expect(found).toHaveLength(MAX_CANDIDATES_PER_RULE);
    expect(found.capped).toBe(true);
  });

  test('a rule that read to the end of the text is not marked capped', () => {
    expect(combinedToken.detect(input(tokens(10), 3)).capped).toBeUndefined();
    expect(combinedToken.detect(input(tokens(10))).capped).toBeUndefined();
  });

  test('a value after the read cap of dropped placeholders makes the scan say it was capped', () => {
    const scan = createScanner({ 'secret.test_assigned': assigned });
    const text = 'pw=${A} '.repeat(MAX_CANDIDATES_PER_RULE) + 'pw=Xk29vLq0';
    const result = scan(text);
    expect(result.findings).toEqual([]);
    expect(result.stats.findingsCapped).toBeGreaterThan(0);
  });

  test('a rule stopped by the engine budget is counted as capped', () => {
    const scan = createScanner({ 'secret.test_token': token });
    const result = scan(tokens(40), { budgets: { maxFindingsPerDetector: 5 } });
    expect(result.findings).toHaveLength(5);
    expect(result.stats.findingsCapped).toBeGreaterThan(0);
    expect(scan(tokens(5), { budgets: { maxFindingsPerDetector: 5 } }).stats.findingsCapped).toBe(0);
  });

  test('the engine reports the same findings whether or not the rule stopped early', () => {
    const scan = createScanner({ 'secret.test_token': token });
    const text = tokens(40);
    const capped = scan(text, { budgets: { maxFindingsPerDetector: 5 } });
    const full = scan(text);
    expect(capped.findings).toEqual(full.findings.slice(0, 5));
  });
});

describe('characters after an anchor', () => {
  const key = defineSecretRule({
    id: 'secret.test_key',
    description: 'test',
    validation: 'test',
    severity: 'high',
    placeholder: 'KEY',
    keywords: ['akia', 'kid'],
    patterns: [
      { rule: 'id', regex: /AKIA[A-Z0-9]{4}\b/, anchors: ['akia'] },
      { rule: 'kid', regex: /kid(?:=|: )\w+/, anchors: ['kid'] },
    ],
  });
  const allowed = (anchor: string): string | null => {
    const table = key.scanner.next?.(anchor) ?? null;
    return table && Array.from(table, (may, c) => (may ? String.fromCharCode(c) : '')).join('');
  };

  test('are read from the pattern, in the lower-cased text', () => {
    // `k` always: the Kelvin sign lower-cases to it and is never turned away in the original text.
    expect(allowed('akia')).toBe('0123456789abcdefghijklmnopqrstuvwxyz');
    expect(allowed('kid')).toBeNull();
  });

  test('turn away anchors the format cannot continue from, and only those', () => {
    const text = 'AKIA AKIA- AKIAZ9Q1 akiaz9q1 AKIA\u212A9Q1 AKIA';
    expect(key.detect(input(text)).map((c) => text.slice(c.start, c.end))).toEqual(['AKIAZ9Q1']);
  });
});

describe('a probe character', () => {
  const dotted = defineSecretRule({
    id: 'secret.test_dotted',
    description: 'test',
    validation: 'test',
    severity: 'high',
    placeholder: 'TOKEN',
    keywords: ['.', 'tk'],
    patterns: [
      { rule: 'dotted', regex: /[a-z]{3}\.[a-z]{3}\.[a-z]{3}\b/, anchors: ['.'], back: 3, probe: [4, '.'] },
      { rule: 'tk', regex: /tk\d{4}\b/, anchors: ['tk'] },
    ],
  });

  test('is offered to the sweep for the anchors whose every pattern has it', () => {
    expect(dotted.scanner.probe?.('.')).toEqual([4, 46]);
    expect(dotted.scanner.probe?.('tk')).toBeNull();
  });

  test('turns away an occurrence without the character, and only those', () => {
    const text = 'abc.def.ghi abc.defghi tk1234 x.y.z';
    expect(dotted.detect(input(text)).map((c) => text.slice(c.start, c.end))).toEqual(['abc.def.ghi', 'tk1234']);
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

  test('a real key after 600 made-up keys of its format is never silently unread', () => {
    // Distinct made-up values of the same provider's format (a generated fixture file).
    const fake = (i: number): string => `sk_live_${String(i).padStart(8, '0')}Qm7Rt2Wx9Kp4Zs8V`;
    const text = Array.from({ length: 600 }, (_, i) => fake(i)).join('\n') + `\n${live}`;
    const result = scan(text);
    const values = result.findings.filter((f) => f.type === 'secret.stripe_key').map((f) => text.slice(f.start, f.end));
    expect(values).toHaveLength(500);
    expect(values).not.toContain(live);
    expect(result.redacted).toContain(live);
    // The budget hid it, and the result says so: enforcement must not trust `redacted`.
    expect(result.stats.findingsCapped).toBeGreaterThan(0);
  });

  test('each occurrence of a repeated key is reported at its own position', () => {
    const text = `key: ${live}\n`.repeat(50);
    const found = spans(text, 'secret.stripe_key');
    expect(found).toEqual(Array.from({ length: 50 }, () => live));
  });
});

describe('SecretScanner.wordStart', () => {
  test.each([
    // Only the stream key (`live_…`, on a word start) is tried at `live_`; the OAuth pattern may start inside a word.
    ['twitch', 'live_', true],
    ['twitch', 'twitch', false],
    ['aws', 'akia', true],
    // Every Stripe pattern needs a word start: its own `at` skips the whole word (and must, for `resume`).
    ['stripe', 'sk_live_', false],
  ] as const)('%s at %s: %s', (rule, anchor, expected) => {
    const scanner = { twitch, aws, stripe }[rule].scanner;
    expect(scanner.wordStart?.(anchor)).toBe(expected);
  });
});
