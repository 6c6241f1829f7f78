import { describe, expect, test } from 'vitest';
import { resolveOptions } from '../../engine/options';
import { phone } from './phone';

const detect = (text: string) => phone.detect({ text, lower: text.toLowerCase(), options: resolveOptions() });

describe('pii.phone on long documents', () => {
  // Item numbers, years and quantities are digit runs too short to be a phone: they must neither
  // end the scan nor make it look incomplete (a capped scan is enforced at least as policy mode).
  test('small numbers do not use up the match cap', () => {
    const report = Array.from({ length: 400 }, (_, i) => `Item ${i % 50}: 3 units in 2024, row ${i}.`).join('\n');
    const text = `${report}\nCall me on +44 20 7946 0958 tomorrow`;
    const found = detect(text);
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(['+44 20 7946 0958']);
    expect(found.capped).toBeUndefined();
  });
});

describe('pii.phone run shapes', () => {
  // The run pattern's digit groups are atomic (phone.ts, RUN): these pin the spans the earlier
  // backtracking pattern found, for each shape of grouping, trunk prefix and extension.
  test.each([
    ['call me on 0049 30 1234567', ['0049 30 1234567']],
    ['phone: (020) 7946 0958', ['(020) 7946 0958']],
    ['call 0171-234-5678 ext. 42', ['0171-234-5678 ext. 42']],
    ['phone +1 (415) 555-2671', ['+1 (415) 555-2671']],
    ['fax: 0044 (0)20 7946 0958', ['0044 (0)20 7946 0958']],
    ['mobile 07911 123456.', ['07911 123456']],
    ['phone 1234567 or 12 34', ['1234567']],
    ['tel 55555 x 123', []],
    [`ref ${'7'.repeat(60)}; call +44 20 7946 0958`, ['+44 20 7946 0958']],
  ])('%j', (text, spans) => {
    expect(detect(text).map((c) => text.slice(c.start, c.end))).toEqual(spans);
  });
});
