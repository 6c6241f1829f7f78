import { describe, expect, test } from 'vitest';
import { ADVERSARIAL } from './bench-texts';
import { LOWER_CASE_EXEMPT } from './lower-case';
import { ENTITY_STEPS, EXEMPT_ITEMS, PassClock, type EntityStep, type TimedStep } from './pass-clock';
import { DEFAULT_ENTITY_BUDGET, scanEntitiesWithWork } from './scan-entities';
import { sequences } from './sequences';

/**
 * Each clocked step, with a fake clock that passes the deadline the moment the step before it
 * ends: the step reads its exempt head, stops at its next check, and says where (issue #4: a step
 * that started under budget must not run on past the deadline). Without the clock each text gives
 * the step far more items than its head, so a step that ignored the clock would fail its row.
 */
const KB = 1024;
const capitalised = ADVERSARIAL['capitalised words']!(16 * KB, 1);
const cues = ADVERSARIAL['all cue words']!(16 * KB, 1);
const firms = ADVERSARIAL['organisation list']!(16 * KB, 1);
const lowerCase = ADVERSARIAL['one huge line']!(16 * KB, 1);
/** A surname alone after the full name: mentions makes it a person (coreference). */
const mentions = 'Zorbanet Quillfeather arrived. Quillfeather left. '.repeat(300);
const startOf = (text: string, item: number) => [...sequences(text)][item]!.start;

type Pass = ReturnType<typeof scanEntitiesWithWork>;
/** How many of the step's findings start past its head: the step read no further when none do. */
const pastHead = (text: string, rules: readonly string[]) => (r: Pass) =>
  r.candidates.filter((c) => rules.includes(c.rule) && c.start >= startOf(text, EXEMPT_ITEMS)).length;

/** The step, its text, the step after which the clock passes, what the step did, and that measure when it stops at the deadline. */
type Row = readonly [step: EntityStep, text: string, after: TimedStep, measure: (r: Pass) => number, atDeadline: number];
const rows: readonly Row[] = [
  ['sequences', capitalised, 'read', (r) => r.work.sequences, EXEMPT_ITEMS],
  ['gazetteer', capitalised, 'sequences', (r) => r.work.classified, EXEMPT_ITEMS],
  // Cue words leave every sequence unresolved and open the gate: the tagger plans windows for all.
  ['tagger', cues, 'gazetteer', (r) => r.work.windows, 0],
  ['mentions', mentions, 'tagger', pastHead(mentions, ['coreference']), 0],
  ['organisations', firms, 'mentions', pastHead(firms, ['org-list']), 0],
  ['lower-case-forms', lowerCase, 'organisations', (r) => r.candidates.filter((c) => c.rule === 'org-form-lower').length, LOWER_CASE_EXEMPT],
  ['lower-case-names', lowerCase, 'lower-case-forms', (r) => r.candidates.filter((c) => c.rule === 'naming-cue-lower').length, LOWER_CASE_EXEMPT],
];
/** A budget the fake clock never reaches unless it jumps: the tagger's cost estimate fits in it. */
const BUDGET = { ...DEFAULT_ENTITY_BUDGET, maxTotalMs: 1_000 };

/** The pass on `text` with a clock that reads 0 until the step `after` has ended, then far past the deadline. */
function passExpiringAfter(text: string, after: TimedStep | null): Pass {
  let passed = false;
  const clock = PassClock.start(BUDGET.maxTotalMs, () => (passed ? 1e9 : 0), (step) => void (passed ||= step === after));
  return scanEntitiesWithWork(text, [], BUDGET, clock);
}

describe('every step stops at the deadline', () => {
  test('the steps in the table are every clocked step', () => {
    expect(rows.map(([step]) => step)).toEqual(ENTITY_STEPS.filter((s) => s !== 'read'));
  });

  test.each(rows)('%s', (step, text, after, measure, atDeadline) => {
    const untimed = passExpiringAfter(text, null);
    const late = passExpiringAfter(text, after);
    const deadlines = late.work.cuts.filter((c) => c.reason === 'deadline');
    // No earlier step saw the deadline; this one stopped first, after its head.
    expect(deadlines[0]?.step).toBe(step);
    expect(late.work.stopped).toBe('deadline');
    expect(measure(late)).toBe(atDeadline);
    expect(measure(untimed)).toBeGreaterThan(atDeadline);
    if (step !== 'lower-case-forms' && step !== 'lower-case-names') expect(deadlines[0]!.from).toBe(startOf(text, EXEMPT_ITEMS));
    expect(untimed.work.cuts.filter((c) => c.reason === 'deadline')).toEqual([]);
  });
});
