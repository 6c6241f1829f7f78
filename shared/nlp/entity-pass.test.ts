import { describe, expect, test } from 'vitest';
import { ADVERSARIAL } from './bench-texts';
import { runEntityPass } from './entity-pass';
import { EXEMPT_ITEMS, type TimedStep } from './pass-clock';
import { DEFAULT_ENTITY_BUDGET } from './scan-entities';

describe('the NLP host pass, timed from the request', () => {
  const text = ADVERSARIAL['capitalised words']!(16 * 1024, 1);
  const NO_TAGGER = { ...DEFAULT_ENTITY_BUDGET, maxTaggedChars: 0 };

  test.each([
    // The first reading is the request's arrival; every later one says 6 ms have gone by (the
    // engine's normalising and lower-casing before the detectors). Counted from the arrival, a 5 ms
    // budget has passed when the entity steps start; counted from the pass, it would not have.
    [5, true],
    [7, false],
  ])('with %i ms from arrival and 6 ms spent before the entity steps: stopped %s', (maxTotalMs, stopped) => {
    let reads = 0;
    const { work } = runEntityPass({ text, spans: [], options: {} }, { ...NO_TAGGER, maxTotalMs }, { now: () => (reads++ === 0 ? 0 : 6) });
    expect(work!.stopped === 'deadline').toBe(stopped);
    if (stopped) expect(work!.classified).toBe(EXEMPT_ITEMS);
    else expect(work!.classified).toBe(work!.sequences);
  });

  test('an observer is told every step in order, from the engine\'s preparation to its report', () => {
    const steps: TimedStep[] = [];
    runEntityPass({ text, spans: [], options: {} }, NO_TAGGER, { observe: (step, ms) => (expect(ms).toBeGreaterThanOrEqual(0), steps.push(step)) });
    expect(steps).toEqual(['prepare', 'read', 'sequences', 'gazetteer', 'tagger', 'mentions', 'organisations', 'lower-case-forms', 'lower-case-names', 'report']);
  });
});
