import { describe, expect, test } from 'vitest';
import { classificationLabel } from './classification-label';
import { LABELS } from './labels';

describe('classification label', () => {
  // Phrases are found through the prefilter keywords they contain: a phrase without one would
  // never be looked for.
  test.each(LABELS.map((l) => [l.phrase]))('%j contains a prefilter keyword', (phrase) => {
    expect(classificationLabel.keywords?.some((k) => phrase.includes(k))).toBe(true);
  });
});
