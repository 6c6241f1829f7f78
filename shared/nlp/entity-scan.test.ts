import { describe, expect, test } from 'vitest';
import { normalizeForMatching, toNormalizedIndex } from '../engine/normalize';
import { createScanner } from '../engine/scanner';
import { ADVERSARIAL, nameDenseRecord } from './bench-texts';
import { entityDetectors } from './entity-detectors';
import { scanEntityFindings, type EntityScanOptions } from './entity-scan';
import { DEFAULT_ENTITY_BUDGET, withSpan } from './scan-entities';

/** The tagger on, no wall clock: both scans must do the same work on the same text. */
const UNTIMED = { maxTaggedChars: DEFAULT_ENTITY_BUDGET.maxTaggedChars, gate: true };

const RECORD = 'Dear team, patient Maria Gonzalez (maria.g@example-mail.com) saw Dr. Okafor in Leeds. Pellmont Tooling Inc. pays.';
/** Names on both sides of a wrapped base64 blob: the engine builds a joined window for it. */
const WRAPPED = `Customer Ilse Varga sent this key:\n${ADVERSARIAL['wrapped base64']!(1024, 3)}Ask Tobiah Kern at Northwind Logistics GmbH.`;
/** A zero-width space and a full-width letter: findings must come back in offsets of the original. */
const FOLDED = 'Patient Ma\u200bria Gonzalez met Ｏkafor near Oslo; Customer Zorbanet Quillfeather agreed.';

const cases: readonly (readonly [string, string, EntityScanOptions])[] = [
  ['a record, no options', RECORD, {}],
  ['a name-dense record', nameDenseRecord(2048, 4), {}],
  ['a wrapped token between names', WRAPPED, {}],
  ['folded and invisible characters', FOLDED, {}],
  ['one detector disabled', RECORD, { disabledDetectors: ['pii.organization'] }],
  ['one detector enabled', nameDenseRecord(2048, 4), { enabledDetectors: ['pii.person'] }],
  ['a severity floor', nameDenseRecord(2048, 4), { categories: { pii: { minSeverity: 'medium' } } }],
  ['the category off', RECORD, { categories: { pii: { enabled: false } } }],
  ['allow patterns', RECORD, { allowPatterns: [{ detector: 'pii.person', pattern: '^Maria' }, { pattern: 'Leeds' }] }],
];

describe('the NLP host\'s engine scan', () => {
  test.each(cases)('%s: the same findings as the engine\'s scanner', (_what, text, options) => {
    const email = /[\w.]+@[\w.-]+\.com/.exec(text);
    const spans = email ? [{ start: email.index, end: email.index + email[0].length, severity: 'medium' as const }] : [];
    const view = normalizeForMatching(text);
    const mapped = spans.map((s) => withSpan(s, toNormalizedIndex(view, s.start), toNormalizedIndex(view, s.end)));
    const reference = createScanner(entityDetectors({ budget: UNTIMED, spans: () => mapped, onlyText: view.text }))(text, options).findings;
    const found = scanEntityFindings(text, view, entityDetectors({ budget: UNTIMED, spans: () => mapped }), options);
    expect(found).toEqual(reference);
    // Every case but the switched-off ones finds something, so each compares findings, not two empty lists.
    if (options.categories?.pii?.enabled !== false) expect(found.length).toBeGreaterThan(0);
  });
});
