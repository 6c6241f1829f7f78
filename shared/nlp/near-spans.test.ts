import { describe, expect, it } from 'vitest';
import { nearSpans, overlapChecker } from './near-spans';

const span = (start: number, end: number) => ({ start, end });

/** The definition the binary search must agree with: some span reaches into [start - r, end + r). */
const bruteNear = (spans: readonly { start: number; end: number }[], start: number, end: number, r: number) =>
  spans.some((s) => s.start < end + r && s.end > start - r);

describe('nearSpans', () => {
  it('finds a long early span that a later short one hides from a search by start', () => {
    const spans = [span(0, 100), span(50, 52)];
    expect(nearSpans(spans).near(90, 95, 0)).toBe(true);
    expect(nearSpans(spans).near(100, 110, 0)).toBe(false);
    expect(nearSpans(spans).near(100, 110, 1)).toBe(true);
  });

  it('treats end as exclusive on both sides', () => {
    const near = overlapChecker([span(10, 20)]);
    expect(near(20, 25)).toBe(false);
    expect(near(5, 10)).toBe(false);
    expect(near(19, 20)).toBe(true);
  });

  it('answers nothing near when there are no spans or none are kept', () => {
    expect(nearSpans([]).near(0, 10, 100)).toBe(false);
    expect(nearSpans([span(0, 5)], () => false).near(0, 5, 0)).toBe(false);
  });

  it('agrees with a walk over every span on random layouts', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: rand(12) }, () => {
        const start = rand(200);
        return span(start, start + rand(40));
      });
      const index = nearSpans(spans);
      for (let q = 0; q < 20; q++) {
        const start = rand(220);
        const end = start + rand(30);
        const r = rand(3) === 0 ? 0 : rand(25);
        expect(index.near(start, end, r), JSON.stringify({ spans, start, end, r })).toBe(bruteNear(spans, start, end, r));
      }
    }
  });
});
