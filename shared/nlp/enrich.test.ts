import { describe, expect, test } from 'vitest';
import { createScanner } from '../engine/scanner';
import type { Finding } from '../engine/types';
import { ENTITY_DETECTOR_BASES } from './entity-detectors';
import { runEntityPass } from './entity-pass';
import { ENTITY_PLACEHOLDERS, enrichResult } from './enrich';
import { ENTITY_TYPES } from './types';
import { verdictRegistry } from './verdict-registry';

/** The worker's path, in-process: verdict scan, entity pass on the same text, merge. */
const verdict = createScanner(verdictRegistry);
function enriched(text: string) {
  const base = verdict(text);
  const spans = base.findings.filter((f) => f.category === 'pii').map(({ start, end, severity }) => ({ start, end, severity }));
  const { findings } = runEntityPass({ text, spans, options: {} });
  return { base, result: enrichResult(text, base, findings, { flagThreshold: 50 }) };
}
const entity = (type: string, start: number, end: number, severity: Finding['severity'] = 'medium'): Finding => ({
  type, category: 'pii', severity, confidence: 0.75, start, end,
  explanation: { detector: type, rule: 'gazetteer-name', baseScore: 0.75, context: [] },
});

describe('enrichResult', () => {
  test('a name beside other PII is added, raises risk and is redacted; the verdict findings stand', () => {
    const text = 'Patient Maria Gonzalez, maria.g@northwind-mail.com, asked for her results';
    const { base, result } = enriched(text);
    expect(base.findings.map((f) => f.type)).toEqual(['pii.email']);
    expect(result.findings.slice(0, base.findings.length)).toEqual(base.findings);
    expect(result.findings.map((f) => [f.type, text.slice(f.start, f.end), f.severity])).toContainEqual(['pii.person', 'Maria Gonzalez', 'medium']);
    expect(result.risk).toBeGreaterThan(base.risk);
    expect(result.redacted).toBe('Patient [PERSON_1], [EMAIL_1], asked for her results');
  });

  test.each([
    ['overlapping a verdict value: dropped', [entity('pii.person', 8, 14)], 0],
    ['not an entity type: dropped', [entity('pii.email', 30, 34)], 0],
    ['past the scanned text: dropped', [entity('pii.person', 30, 400)], 0],
    ['beside the value: added', [entity('pii.location', 30, 34, 'low')], 1],
    ['two entities on one span: the first only', [entity('pii.location', 30, 34, 'low'), entity('pii.person', 31, 34)], 1],
  ])('%s', (_why, extra, added) => {
    const text = 'mail to jane.roe@acme-mail.org in Oslo please';
    const base = verdict(text);
    const result = enrichResult(text, base, extra, { flagThreshold: 50 });
    expect(result.findings.length - base.findings.length).toBe(added);
    if (added === 0) expect(result).toBe(base);
  });

  test('numbering continues from the conversation map the verdict used', () => {
    const text = 'Dear Samantha, thanks';
    const placeholders = { byPlaceholder: { '[PERSON_1]': 'Ilse Varga' }, counters: { PERSON: 1 } };
    const result = enrichResult(text, verdict(text, { placeholders }), [entity('pii.person', 5, 13)], { flagThreshold: 50, placeholders });
    expect(result.redacted).toBe('Dear [PERSON_2], thanks');
  });

  test('entity placeholders are the registry detectors\' own', () => {
    for (const type of ENTITY_TYPES) expect(ENTITY_PLACEHOLDERS[type]).toBe(ENTITY_DETECTOR_BASES[type].placeholder);
  });
});

describe('runEntityPass', () => {
  test('offsets follow the original text through normalisation (zero-width characters)', () => {
    const text = 'Patient\u200b\u200b Maria Gonzalez was admitted';
    const { findings } = runEntityPass({ text, spans: [], options: {} });
    expect(findings.map((f) => text.slice(f.start, f.end))).toContain('Maria Gonzalez');
  });

  test.each([
    [{ disabledDetectors: ['pii.person'] }, []],
    [{ categories: { pii: { minSeverity: 'medium' as const } } }, ['Maria Gonzalez']],
    [{ allowPatterns: [{ detector: 'pii.person', pattern: 'Maria Gonzalez' }] }, []],
  ])('policy options apply: %j', (options, names) => {
    const text = 'Patient Maria Gonzalez was admitted';
    const { findings } = runEntityPass({ text, spans: [], options });
    expect(findings.filter((f) => f.type === 'pii.person').map((f) => text.slice(f.start, f.end))).toEqual(names);
  });
});
