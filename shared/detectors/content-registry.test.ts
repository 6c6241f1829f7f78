import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GENERATED_PATH, generateContentRegistry } from '../../scripts/content-bundle/generate-content-registry';
import { createScanner } from '../engine/scanner';
import { SEVERITIES, type Detector, type Severity } from '../engine/types';
import { contentRegistry } from './content-registry';
import { CONTENT_TIER_EXCLUSIONS, FAIL_CLOSED_SEVERITIES, contentTierExclusion, maxSeverityOf } from './content-tier';
import { fastRegistry } from './fast-registry';
import { registry } from './registry';
import { detectorVectors } from './vectors';

/**
 * The content tier is derived, not chosen: every fast-tier detector that can report a fail-closed
 * severity is in it or excluded with a reason, and nothing else is (it would be dead weight in a
 * bundle with an 80 KB budget). "Can report" is what the detector declares (`severity`,
 * `maxSeverity`), checked against what its own vectors actually produce.
 */
const rank = (s: Severity): number => SEVERITIES.indexOf(s);
const failsClosed = (s: Severity): boolean => FAIL_CLOSED_SEVERITIES.includes(s);
const scan = createScanner(registry);

/** Severities a detector's positive vectors produce through the real engine. */
function observedSeverities(d: Detector): Severity[] {
  const v = detectorVectors[d.id];
  const seen = new Set<Severity>();
  for (const p of v?.positive ?? []) {
    for (const f of scan(p.text, { ...v?.options, enabledDetectors: [d.id] }).findings) if (f.type === d.id) seen.add(f.severity);
  }
  return [...seen];
}

const fast = Object.values(fastRegistry) as Detector[];

describe('content tier', () => {
  test.each(fast.map((d) => [d.id, d] as const))('%s: declared severity covers what its vectors report', (_id, d) => {
    // A detector that reaches high without declaring it would silently miss the content tier.
    for (const s of observedSeverities(d)) if (failsClosed(s)) expect(failsClosed(maxSeverityOf(d)), `reports ${s}`).toBe(true);
  });

  test.each(fast.map((d) => [d.id, d] as const))('%s: in the content tier exactly when it can fail closed', (id, d) => {
    const expected = failsClosed(maxSeverityOf(d)) && contentTierExclusion(id) === undefined;
    expect(id in contentRegistry).toBe(expected);
  });

  test('content-registry.generated.ts is current (else run scripts/content-bundle/generate-content-registry.ts)', async () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(await generateContentRegistry());
  });

  test('holds only fast-tier detectors, under their own ids', () => {
    for (const [id, d] of Object.entries(contentRegistry)) {
      expect(fastRegistry).toHaveProperty([id]);
      expect(d.id).toBe(id);
    }
  });

  test('every exclusion names a fast-tier detector that could fail closed, and says why', () => {
    for (const [pattern, reason] of Object.entries(CONTENT_TIER_EXCLUSIONS)) {
      const matched = fast.filter((d) => (pattern.endsWith('.*') ? d.id.startsWith(pattern.slice(0, -1)) : d.id === pattern));
      expect(matched.length, pattern).toBeGreaterThan(0);
      expect(matched.some((d) => failsClosed(maxSeverityOf(d))), pattern).toBe(true);
      expect(reason.length).toBeGreaterThan(40);
    }
  });

  test('maxSeverityOf takes the higher of severity and maxSeverity', () => {
    expect(maxSeverityOf({ severity: 'medium' })).toBe('medium');
    expect(maxSeverityOf({ severity: 'medium', maxSeverity: 'high' })).toBe('high');
    expect(rank(maxSeverityOf({ severity: 'critical', maxSeverity: 'low' }))).toBe(rank('critical'));
  });
});
