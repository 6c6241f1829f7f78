/**
 * The local calendar day of an instant, in the time zone of the runtime (the user's browser).
 * Usage counters roll over at local midnight, because "prompts per day" means the user's day:
 * a UTC day would split a Californian afternoon in two. Days are 23 or 25 hours long across a
 * daylight-saving change; where a zone skips midnight, the day starts at its first instant.
 */

export interface LocalDay {
  /** `YYYY-MM-DD`, local. Sorts like the days it names. */
  readonly key: string;
  /** First instant of the day, epoch ms. */
  readonly start: number;
  /** First instant of the next day, epoch ms (exclusive end). */
  readonly end: number;
  /** Minutes the local clock is ahead of UTC at `end` (OCSF `timezone_offset` of a summary). */
  readonly offsetAtEnd: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function localDay(time: number): LocalDay {
  const at = new Date(time);
  const [year, month, date] = [at.getFullYear(), at.getMonth(), at.getDate()];
  // `new Date(y, m, d)` is local midnight, or the first valid instant after a skipped one.
  const start = new Date(year, month, date).getTime();
  const end = new Date(year, month, date + 1).getTime();
  return { key: `${pad(year, 4)}-${pad(month + 1)}-${pad(date)}`, start, end, offsetAtEnd: -new Date(end).getTimezoneOffset() };
}
