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
