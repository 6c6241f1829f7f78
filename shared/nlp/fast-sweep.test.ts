import nlp from 'compromise/two';
import { describe, expect, test } from 'vitest';
import { ADVERSARIAL, nameDenseRecord, TAGGER_HEAVY_RECORD } from './bench-texts';
import { sweepViewState } from './fast-sweep';
import { tagWindows, type Window } from './tagger';

/** Made-up sentences that exercise the post-tagger's person, place and organisation rules. */
const SENTENCES = [
  'Can you draft a reply to Maria Gonzalez about her card? She lives in Leeds and works at Apple.',
  'Customer Ilse Varga met Tobiah Kern near Oslo, then called Goldman Sachs about the invoice.',
  'I told Jordan that Baker from the Red Cross would fly to Paris on Monday, said Mr. Young.',
  'Patient: Florence Washington, referred by Dr. Smith at Quayside Health, Springfield.',
  'April and Will went to Texas; Northwind Logistics paid for it, according to Rose.',
  'The report mentions Zorbanet twice, and Halvorsen agreed with Brixley in Graz.',
  // Longer generated texts: many sentences per call, each with its own rule list.
  TAGGER_HEAVY_RECORD.slice(0, 700),
  nameDenseRecord(1200, 7),
  ...Object.values(ADVERSARIAL).map((make) => make(500, 3)),
];

type Bulk = (...args: unknown[]) => unknown;
const methods = nlp.methods() as { one: { bulkMatch: Bulk } };

/** Person / Organization / Place tags per term, as the unpatched library would give them. */
function tagsWith(bulkMatch: Bulk, text: string): string[] {
  const saved = methods.one.bulkMatch;
  methods.one.bulkMatch = bulkMatch;
  try {
    const terms = (nlp(text).json({ offset: true }) as { terms: { offset: { start: number }; tags: string[] }[] }[]).flatMap((s) => s.terms);
    return terms.map((t) => `${t.offset.start}:${t.tags.join('/')}`);
  } finally {
    methods.one.bulkMatch = saved;
  }
}

describe('fast sweep (compat wrapper around compromise 14.14 bulkMatch)', () => {
  // tagger.ts installs the wrapper on import; the original is what the wrapper closes over.
  const patched = methods.one.bulkMatch;
  const original = (patched as { original?: Bulk }).original;

  test('is installed, and keeps the original it wraps', () => {
    expect(original).toBeTypeOf('function');
    expect(original).not.toBe(patched);
  });

  test.each(SENTENCES.map((text) => [text.slice(0, 48), text]))('every tag of every term is the library\'s own: %s…', (_start, text) => {
    expect(tagsWith(patched, text)).toEqual(tagsWith(original!, text));
  });
});

describe('fast sweep: what outlives a call', () => {
  test('the net and methods handed to the library are built once, not per call', () => {
    tagWindows(SENTENCES[0]!, [[0, 60]]);
    const { built } = sweepViewState();
    for (const text of SENTENCES.slice(1, 4)) tagWindows(text, [[0, 60]]);
    expect(built).toBe(1);
    expect(sweepViewState().built).toBe(built);
  });

  test('after a call they hold none of its hooks or sentence caches (garbage stays young)', () => {
    tagWindows(SENTENCES.join(' '), [[0, 60], [95, 190], [300, 380]]);
    expect(sweepViewState()).toMatchObject({ hooks: 0, caches: 0 });
  });
});

describe('tagWindows: all windows in one call', () => {
  const text = SENTENCES.join(' ');
  const windows: Window[] = [[0, 60], [95, 190], [300, 380]];

  test('finds what one call per window finds, at the same offsets', () => {
    const together = tagWindows(text, windows);
    const apart = windows.map((w) => tagWindows(text, [w])[0]);
    expect(together).toEqual(apart);
    expect(together.flat().map((t) => text.slice(t.start, t.end))).toEqual(expect.arrayContaining(['Maria', 'Ilse', 'Varga']));
  });

  test('no windows, no call', () => {
    expect(tagWindows(text, [])).toEqual([]);
  });
});
