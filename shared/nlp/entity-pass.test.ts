import { describe, expect, test } from 'vitest';
import { ADVERSARIAL } from './bench-texts';
import { MAX_NON_ASCII, readLength, runEntityPass } from './entity-pass';
import { EXEMPT_ITEMS, type TimedStep } from './pass-clock';
import { DEFAULT_ENTITY_BUDGET, MAX_ENTITY_CHARS } from './scan-entities';

describe('the NLP host pass, timed from the request', () => {
  const text = ADVERSARIAL['capitalised words']!(16 * 1024, 1);
  const NO_TAGGER = { ...DEFAULT_ENTITY_BUDGET, maxTaggedChars: 0 };

  test.each([
    // The first reading is the request's arrival; every later one says 6 ms have gone by (the
    // engine's normalising and lower-casing before the detectors). Counted from the arrival, a 5 ms
    // budget has passed when the entity steps start; counted from the pass, it would not have.
    // 9 ms leave 3, more than the report reserve of all 400 sequences (2 ms).
    [5, true],
    [9, false],
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

  test('a text with wrapped tokens is passed once, not once per detector', () => {
    const wrapped = `Patient Zorbanet Quillfeather, key:\n${ADVERSARIAL['wrapped base64']!(2048, 1)}`;
    const steps: TimedStep[] = [];
    runEntityPass({ text: wrapped, spans: [], options: {} }, NO_TAGGER, { observe: (step) => steps.push(step) });
    expect(steps.filter((s) => s === 'prepare')).toHaveLength(1);
  });
});

describe('what the pass reads', () => {
  const nonAscii = (s: string) => s.match(/[\u0080-\uffff]/g)?.length ?? 0;

  test.each([
    ['ASCII text, up to the character cap', 'Ilse Varga met Tobiah Kern near Oslo. '.repeat(3000), MAX_ENTITY_CHARS],
    ['accented prose, whole while it holds fewer non-ASCII characters than the cap', 'Zoë met René in Göteborg. '.repeat(200), 'Zoë met René in Göteborg. '.length * 200],
  ])('%s', (_what, text, length) => {
    expect(readLength(text)).toBe(length);
  });

  test.each([
    ['full-width letters', ADVERSARIAL['full-width letters']!(64 * 1024, 1)],
    ['Cyrillic', 'Мария Гонсалес встретила Осло. '.repeat(2000)],
  ])('%s: up to and with the MAX_NON_ASCII-th non-ASCII character, and the cut is reported', (_what, text) => {
    const read = readLength(text);
    expect(nonAscii(text.slice(0, read))).toBe(MAX_NON_ASCII);
    expect(text.charCodeAt(read - 1)).toBeGreaterThan(0x7f);
    const { work } = runEntityPass({ text, spans: [], options: {} });
    expect(work!.readChars).toBe(read);
    expect(work!.cuts).toContainEqual({ step: 'read', reason: 'limit', from: read });
  });

  test('emoji: never half a surrogate pair', () => {
    // After the one-unit "é", the MAX_NON_ASCII-th non-ASCII code unit is the first half of an emoji.
    const text = `é${'x😀'.repeat(MAX_NON_ASCII)}`;
    const read = readLength(text);
    expect(read).toBeLessThan(text.length);
    expect(text.slice(0, read)).not.toMatch(/[\ud800-\udbff]$/);
    expect(text.slice(read)).toMatch(/^[\ud800-\udbff]/);
  });
});
