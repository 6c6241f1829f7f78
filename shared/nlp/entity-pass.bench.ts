import { bench, describe } from 'vitest';
import { runEntityPass } from './entity-pass';
import { lexicon } from './lexicon';
import { warmUpTagger } from './tagger';

/**
 * Per-text cost of the NLP host's pass (issue #4: median ≤ 3 ms per 2 KB, never over 20 ms per
 * text). The one-off load (module, lexicon, tagger model) happens once, before the clock, as in
 * the worker. 200 KB texts are sent as their first 64 KB, as the extension does.
 * Run: `npx vitest bench --run shared/nlp`.
 */
const RECORD =
  'Can you draft a reply to Maria Gonzalez (maria.g@northwind-mail.com, +44 20 7946 0958) about her card ending 6546? ' +
  'Her file: DOB 03/14/1962, lives at 221B Baker Street, London NW1 6XE. She works at Northwind Logistics GmbH. ' +
  'Customer Ilse Varga met Tobiah Kern near Oslo. ';
const PROSE =
  'Please rewrite the following paragraph so that it reads more naturally and keeps the technical meaning. ' +
  'The service retries failed requests three times with exponential backoff, then surfaces an error to the ' +
  'caller. We measured a median latency of 41 ms in the March release. ';

const sized = (s: string, n: number): string => s.repeat(Math.ceil(n / s.length)).slice(0, Math.min(n, 64 * 1024));
const spansOf = (text: string) =>
  [...text.matchAll(/[\w.]+@[\w.-]+\.com|\+44 20 7946 0958/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, severity: 'medium' as const }));

lexicon();
warmUpTagger();
for (const [name, base] of Object.entries({ 'name-dense record': RECORD, 'ordinary prose': PROSE })) {
  describe(name, () => {
    for (const [size, n] of [['2 KB', 2048], ['200 KB', 200_000]] as const) {
      const text = sized(base, n);
      const spans = spansOf(text);
      bench(`${size}: entity pass (gated tagger)`, () => void runEntityPass({ text, spans, options: {} }));
    }
  });
}
