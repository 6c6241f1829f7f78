import type { SpanLike } from './types';

/**
 * "Is other PII within `radius` characters of [start, end)?", asked once per capitalised sequence,
 * and, with radius 0, "does [start, end) overlap any of these spans?". A pasted mailing list brings
 * thousands of spans, so they are sorted once and each question is one binary search instead of a
 * walk over all of them (400 sequences × 5,000 spans was ~10 ms).
 */
export interface NearSpans {
  near(start: number, end: number, radius: number): boolean;
}

/** Whether a span [start, end) overlaps any of a fixed set of spans. */
export type Overlaps = (start: number, end: number) => boolean;

export function nearSpans(spans: readonly SpanLike[], keep: (s: SpanLike) => boolean = () => true): NearSpans {
  const sorted = spans.filter(keep).sort((a, b) => a.start - b.start);
  // The furthest end among the spans up to each index: the spans starting before a query's end
  // reach into it exactly when the furthest of their ends does, whatever their lengths.
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const s of sorted) reach.push((furthest = Math.max(furthest, s.end)));
  return {
    near(start, end, radius) {
      const before = end + radius;
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]!.start < before) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 && reach[lo - 1]! > start - radius;
    },
  };
}

export function overlapChecker(spans: readonly SpanLike[]): Overlaps {
  const spansNear = nearSpans(spans);
  return (start, end) => spansNear.near(start, end, 0);
}
