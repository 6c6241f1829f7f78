import { describe, expect, test } from 'vitest';
import { MAX_NLP_TEXT_CHARS, parseNlpEnvelope, parseNlpResponse } from './nlp-messages';

const finding = { type: 'pii.person', category: 'pii', severity: 'medium', confidence: 0.75, start: 8, end: 22, explanation: { detector: 'pii.person', rule: 'gazetteer-name', baseScore: 0.75, context: [{ word: 'patient', delta: 0.15 }] } };

describe('nlp/scan request', () => {
  test.each([
    ['another message type: not ours', { type: 'prompt/scan', payload: {} }, null],
    ['not an object', 'nlp/scan', null],
    ['valid', { type: 'nlp/scan', payload: { text: 'Patient Maria', spans: [{ start: 0, end: 7, severity: 'low' }], options: {} } }, 'ok'],
    ['text too long', { type: 'nlp/scan', payload: { text: 'x'.repeat(MAX_NLP_TEXT_CHARS + 1), spans: [], options: {} } }, 'error'],
    ['span outside the text', { type: 'nlp/scan', payload: { text: 'abc', spans: [{ start: 0, end: 9, severity: 'low' }], options: {} } }, 'error'],
    ['bad severity', { type: 'nlp/scan', payload: { text: 'abc', spans: [{ start: 0, end: 1, severity: 'huge' }], options: {} } }, 'error'],
    ['bad options', { type: 'nlp/scan', payload: { text: 'abc', spans: [], options: { disabledDetectors: [1] } } }, 'error'],
    ['missing options', { type: 'nlp/scan', payload: { text: 'abc', spans: [] } }, 'error'],
  ])('%s', (_why, message, outcome) => {
    const parsed = parseNlpEnvelope(message);
    expect(parsed === null ? null : typeof parsed === 'string' ? 'error' : 'ok').toBe(outcome);
  });

  test('keeps only the options that decide about entity findings', () => {
    const parsed = parseNlpEnvelope({
      type: 'nlp/scan',
      payload: { text: 'a', spans: [], options: { disabledDetectors: ['pii.location'], categories: { pii: { minSeverity: 'medium' }, secret: { enabled: false } }, organizationNames: ['Acme'] } },
    });
    expect(parsed).toEqual({ type: 'nlp/scan', payload: { text: 'a', spans: [], options: { disabledDetectors: ['pii.location'], categories: { pii: { minSeverity: 'medium' } } } } });
  });
});

describe('nlp/scan reply', () => {
  test.each([
    ['valid', { findings: [finding], work: null, ms: 1.5, loadMs: 300 }, 'ok'],
    ['a non-entity finding', { findings: [{ ...finding, type: 'secret.aws_access_key' }], work: null, ms: 1, loadMs: 1 }, 'error'],
    ['a span past the text', { findings: [{ ...finding, end: 99 }], work: null, ms: 1, loadMs: 1 }, 'error'],
    ['no timings', { findings: [], work: null }, 'error'],
    ['not an object', 'fine', 'error'],
  ])('%s', (_why, value, outcome) => {
    const parsed = parseNlpResponse(value, 30);
    expect(typeof parsed === 'string' ? 'error' : 'ok').toBe(outcome);
  });

  test('drops unknown fields from a finding', () => {
    const parsed = parseNlpResponse({ findings: [{ ...finding, extra: 'x', explanation: { ...finding.explanation, html: '<b>' } }], work: null, ms: 1, loadMs: 1 }, 30);
    expect(parsed).toEqual({ findings: [finding], work: null, ms: 1, loadMs: 1 });
  });
});
