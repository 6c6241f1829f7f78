/**
 * One wall-clock budget for every step of the entity pass (issue #4: never over 20 ms a text).
 * The clock starts where the request enters the pass (entity-pass.ts), so the engine's own work
 * before the detectors (normalising and lower-casing the text read) spends the same budget.
 * Each step's loop asks `stop(step, i, at)` before its item `i`; the clock is read on every
 * CLOCK_EVERY-th item only, so checking costs a fraction of the work it bounds. Once the clock has
 * passed, it stays passed: every later step runs only its exempt head and then stops, and each
 * stop is recorded as a `Cut` so the caller can report what the pass did not read.
 *
 * What the pass will do on its findings once the steps are over reads no clock either, so the
 * gazetteer commits REPORT_MS_PER_SEQUENCE for each sequence it reads, and every check counts the
 * deadline that much earlier: a flood stops where its findings still fit before the deadline.
 *
 * The first EXEMPT_ITEMS items of each step never consult the clock: a short text therefore gets
 * the same answer on a stalled or slow device as on an idle one (vectors and tests stay
 * deterministic), and the work that can run past the deadline is bounded by those heads.
 */
export type Clock = () => number;

/** The pass's steps, in the order they run. */
export const ENTITY_STEPS = ['read', 'sequences', 'gazetteer', 'tagger', 'mentions', 'organisations', 'lower-case-forms', 'lower-case-names'] as const;
export type EntityStep = (typeof ENTITY_STEPS)[number];
/** What a step observer is told about: the pass's steps, and the engine's work before ('prepare') and after ('report') them. */
export type TimedStep = EntityStep | 'prepare' | 'report';
/** Told how long each step took (cli/bench-nlp.ts); with none, timing steps reads no clock. */
export type StepObserver = (step: TimedStep, ms: number) => void;

/**
 * A step that did not finish: why, and the offset in the text read from which it looked at
 * nothing (`deadline`: the clock ran out; `limit`: a work cap such as SEQUENCE_LIMIT was reached).
 */
export interface Cut {
  readonly step: EntityStep;
  readonly reason: 'deadline' | 'limit';
  readonly from: number;
}

/** Items each step handles before it first reads the clock (~64 sequences: well under 1 ms). */
export const EXEMPT_ITEMS = 64;
/** Items between clock reads (~0.02 ms of work each on the reference box). */
export const CLOCK_EVERY = 8;
/**
 * Time reserved before the deadline for each sequence the gazetteer has read. Every one of them
 * can become a finding, and the pass's end (candidates, the engine's checks and overlaps on each
 * finding) reads no clock: 3.5–4 µs a finding on the reference box when the host's scan also
 * scored risk and redacted (the report step of 64 KB cue-word floods, ~400 findings), ~2 µs since
 * it does neither and passes candidates on uncopied (entity-scan.ts); kept at 5 µs as margin for
 * a loaded core. Without it, a flood cut at the deadline spent another ~1.5 ms on its findings
 * after it, ~3 ms on a loaded core.
 */
export const REPORT_MS_PER_SEQUENCE = 0.005;

export class PassClock {
  private readonly list: Cut[] = [];
  private passed = false;
  /** Milliseconds kept before the deadline for work the pass has committed to (`commit`). */
  private committed = 0;
  private lapStarted: number;

  constructor(
    private readonly deadline: number,
    private readonly now: Clock,
    private readonly observer?: StepObserver,
  ) {
    this.lapStarted = observer ? now() : 0;
  }

  /** A clock whose deadline is `budgetMs` from now (none when `undefined`). */
  static start(budgetMs: number | undefined, now: Clock, observer?: StepObserver): PassClock {
    return new PassClock(now() + (budgetMs ?? Infinity), now, observer);
  }

  /** Ends the timed step `step` (the time since the previous lap); no clock read without an observer. */
  lap(step: TimedStep): void {
    if (!this.observer) return;
    const t = this.now();
    this.observer(step, t - this.lapStarted);
    this.lapStarted = t;
  }

  /** Whether `step` must stop before its item `i`, which starts at text offset `at`; a stop is recorded. */
  stop(step: EntityStep, i: number, at: number, exempt = EXEMPT_ITEMS): boolean {
    if (i < exempt) return false;
    if (!this.passed) {
      if (i % CLOCK_EVERY !== 0 || this.now() + this.committed <= this.deadline) return false;
      this.passed = true;
    }
    this.record({ step, reason: 'deadline', from: at });
    return true;
  }

  /** Keeps the first cut of each step (a step may stop in two of its loops). */
  private record(cut: Cut): void {
    if (!this.list.some((c) => c.step === cut.step)) this.list.push(cut);
  }

  /**
   * Keeps `ms` more before the deadline for work already committed to that runs unclocked at the
   * pass's end: every later check, and `left`, counts the deadline that much earlier.
   */
  commit(ms: number): void {
    this.committed += ms;
  }

  /** Records that `step` reached a work cap at offset `at`. */
  limit(step: EntityStep, at: number): void {
    this.record({ step, reason: 'limit', from: at });
  }

  /** Records that `step` left work undone because it was predicted not to fit before the deadline. */
  skip(step: EntityStep, at: number): void {
    this.record({ step, reason: 'deadline', from: at });
  }

  /** Every step that did not finish, in the order they stopped. */
  get cuts(): readonly Cut[] {
    return this.list;
  }

  /** Whether the deadline has been seen to pass (no clock read). */
  get expired(): boolean {
    return this.passed;
  }

  /** Milliseconds left before the deadline less what is committed (one clock read); marks the clock passed at or below zero. */
  left(): number {
    const ms = this.deadline - this.committed - this.now();
    if (ms <= 0) this.passed = true;
    return ms;
  }
}
