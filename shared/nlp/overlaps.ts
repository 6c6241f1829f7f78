/** Whether a span [start, end) overlaps any of a fixed set of spans (the entity pass's organisation and lower-case steps). */
export type Overlaps = (start: number, end: number) => boolean;

/** Whether [start, end) overlaps any of `spans`: sorted once, then a binary search (O(log n) a query). */
export function overlapChecker(spans: readonly { start: number; end: number }[]): Overlaps {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let m = -Infinity;
  for (const sp of sorted) maxEnd.push((m = Math.max(m, sp.end)));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > start;
  };
}
