import { describe, expect, test } from 'vitest';
import { scan } from './scan';

/**
 * Safe on any input: the full registry must return (no throw, no hang) on hostile text. No time
 * assertion — vitest's timeout is the bound; `npm run bench` measures. A regex with super-linear
 * backtracking in any detector shows up here as a timeout.
 */
const MB = 1024 * 1024;
const base64 = (n: number) => 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw=='.repeat(Math.ceil(n / 48)).slice(0, n);

const hostile: Array<[string, string]> = [
  ['empty', ''],
  ['5 MB of "a"', 'a'.repeat(5 * MB)],
  ['1 MB of digits', '7'.repeat(MB)],
  ['1 MB of base64', base64(MB)],
  ['1 MB of nested brackets', '(['.repeat(MB / 4) + '])'.repeat(MB / 4)],
  ['1 MB of one repeated token', 'password=hunter2 '.repeat(MB / 17)],
  ['1 MB of e-mail near-misses', 'a.b.c.d.e@'.repeat(MB / 10)],
  ['binary junk', Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
  ['lone surrogates', '\uD800x\uDC00'.repeat(100_000)],
  ['zero-width flood', '\u200B'.repeat(MB)],
  ['RTL and homoglyphs', '\u202Eשלום \u0410KIA \uFF21 '.repeat(50_000)],
  ['1 MB of wrapped base64 lines', (base64(76) + '\n').repeat(MB / 77)],
];

describe('scan robustness', () => {
  test.each(hostile)('%s', (_name, text) => {
    const result = scan(text);
    expect(result.risk).toBeGreaterThanOrEqual(0);
    expect(result.risk).toBeLessThanOrEqual(100);
    for (const f of result.findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.end).toBeGreaterThan(f.start);
    }
  }, 60_000);

  test('5 MB of mixed worst-case input completes', () => {
    const parts = ['a'.repeat(MB), '9'.repeat(MB), base64(MB), '{['.repeat(MB / 4), '\u200Bx'.repeat(MB / 2)];
    const result = scan(parts.join('\n'));
    expect(result.stats.truncated).toBe(false);
    // Generous: on a loaded 2-core CI box the full registry needs > 2 min for this (NLP and phone
    // parsing dominate); `npm run bench` is where speed is measured and tracked.
  }, 300_000);
});
