import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { localDay } from './local-day';

// Node re-reads TZ when it changes; each case runs in the zone it names.
const saved = process.env.TZ;
afterEach(() => { process.env.TZ = saved; });

const HOUR = 3_600_000;

describe.each([
  // zone, an instant, its local day, local midnight that starts it (UTC ISO), hours in the day, offset at its end
  ['Europe/Berlin', '2026-11-27T22:59:59.999Z', '2026-11-27', '2026-11-26T23:00:00.000Z', 24, 60],
  ['Europe/Berlin', '2026-11-27T23:00:00.000Z', '2026-11-28', '2026-11-27T23:00:00.000Z', 24, 60],
  ['America/Los_Angeles', '2026-11-28T07:59:00.000Z', '2026-11-27', '2026-11-27T08:00:00.000Z', 24, -480],
  ['America/Los_Angeles', '2026-11-28T08:00:00.000Z', '2026-11-28', '2026-11-28T08:00:00.000Z', 24, -480],
  ['Asia/Kolkata', '2026-11-27T18:29:59.000Z', '2026-11-27', '2026-11-26T18:30:00.000Z', 24, 330],
  // Spring forward (Europe, 29 March 2026): a 23-hour day; fall back (25 October 2026): 25 hours.
  ['Europe/Berlin', '2026-03-29T12:00:00.000Z', '2026-03-29', '2026-03-28T23:00:00.000Z', 23, 120],
  ['Europe/Berlin', '2026-10-25T12:00:00.000Z', '2026-10-25', '2026-10-24T22:00:00.000Z', 25, 60],
  // America/Santiago skips midnight on 6 September 2026: the day starts at 01:00 local.
  ['America/Santiago', '2026-09-06T12:00:00.000Z', '2026-09-06', '2026-09-06T04:00:00.000Z', 23, -180],
])('in %s, %s', (zone, iso, key, startIso, hours, offsetAtEnd) => {
  beforeEach(() => { process.env.TZ = zone; });

  test(`is local day ${key}, starting ${startIso}, ${hours} h long`, () => {
    const day = localDay(Date.parse(iso));
    expect(day).toEqual({ key, start: Date.parse(startIso), end: Date.parse(startIso) + hours * HOUR, offsetAtEnd });
  });

  test('the last millisecond belongs to the day, the next one to the next day', () => {
    const day = localDay(Date.parse(iso));
    expect(localDay(day.end - 1).key).toBe(key);
    expect(localDay(day.end).key > key).toBe(true);
    expect(localDay(day.end).start).toBe(day.end);
  });
});
