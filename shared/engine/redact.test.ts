import { describe, expect, test } from 'vitest';
import { redact, restorePlaceholders } from './redact';
import { EMPTY_PLACEHOLDERS } from './options';

const text = 'mail bob@x.io and ann@y.io, again bob@x.io';
const spans = [
  { start: 5, end: 13, kind: 'EMAIL' },
  { start: 18, end: 26, kind: 'EMAIL' },
  { start: 34, end: 42, kind: 'EMAIL' },
];

describe('redact', () => {
  test('numbers placeholders per kind and reuses them for the same value', () => {
    const { redacted, placeholders } = redact(text, spans, EMPTY_PLACEHOLDERS);
    expect(redacted).toBe('mail [EMAIL_1] and [EMAIL_2], again [EMAIL_1]');
    expect(placeholders.counters).toEqual({ EMAIL: 2 });
  });

  test('continues numbering across a conversation and keeps earlier values', () => {
    const first = redact(text, spans, EMPTY_PLACEHOLDERS).placeholders;
    const next = redact('ann@y.io cc eve@z.io', [{ start: 0, end: 8, kind: 'EMAIL' }, { start: 12, end: 20, kind: 'EMAIL' }], first);
    expect(next.redacted).toBe('[EMAIL_2] cc [EMAIL_3]');
    expect(first.counters).toEqual({ EMAIL: 2 }); // input map not mutated
  });

  test.each([
    ['restores known placeholders', 'Reply to [EMAIL_1] and [EMAIL_2].', 'Reply to bob@x.io and ann@y.io.'],
    ['leaves unknown ones', 'See [EMAIL_9] and [SSN_1]', 'See [EMAIL_9] and [SSN_1]'],
    ['ignores look-alikes', '[email_1] [EMAIL_] EMAIL_1', '[email_1] [EMAIL_] EMAIL_1'],
  ])('restorePlaceholders %s', (_name, answer, expected) => {
    expect(restorePlaceholders(answer, redact(text, spans, EMPTY_PLACEHOLDERS).placeholders)).toBe(expected);
  });
});
