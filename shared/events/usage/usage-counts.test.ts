import Ajv from 'ajv';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CaptureTrigger } from '../captured-event';
import { EXAMPLE_DEVICE, PLANTED } from '../ocsf/examples';
import { sightlineEventSchema } from '../ocsf/schema';
import { localDay } from './local-day';
import { countCapture, isDayOver, usageKind, type UsageCapture, type UsageRow } from './usage-counts';
import { usageSummaryFor } from './usage-summary';

const saved = process.env.TZ;
beforeEach(() => { process.env.TZ = 'Europe/Berlin'; });
afterEach(() => { process.env.TZ = saved; });

const closed = new Ajv({ allErrors: true }).compile(sightlineEventSchema({ closed: true }));
const capture = (over: Partial<UsageCapture> = {}): UsageCapture => ({
  app: 'chatgpt', host: 'chatgpt.com', capturedAt: Date.parse('2026-11-27T10:00:00Z'), trigger: 'enter', hasFile: false, flagged: false, ...over,
});
const count = (captures: readonly UsageCapture[]): Map<string, UsageRow> => {
  const rows = new Map<string, UsageRow>();
  for (const c of captures) {
    const day = localDay(c.capturedAt);
    rows.set(`${day.key}/${c.app}`, countCapture(rows.get(`${day.key}/${c.app}`), c, day));
  }
  return rows;
};

describe('usageKind', () => {
  test.each<[CaptureTrigger, boolean, string]>([
    ['enter', false, 'prompts'], ['send-button', false, 'prompts'], ['form-submit', false, 'prompts'],
    ['paste', false, 'pastes'], ['drop', false, 'pastes'],
    ['paste', true, 'uploads'], ['drop', true, 'uploads'], ['file-upload', true, 'uploads'], ['file-upload', false, 'uploads'],
  ])('%s, file %s → %s', (trigger, hasFile, kind) => expect(usageKind(trigger, hasFile)).toBe(kind));
});

describe('countCapture', () => {
  test('counts clean and flagged captures, and actions for flagged ones only', () => {
    const rows = count([
      capture(), capture({ trigger: 'paste' }), capture({ trigger: 'file-upload', hasFile: true }),
      capture({ flagged: true, action: 'warned' }), capture({ flagged: true, action: 'warned' }), capture({ flagged: true, action: 'blocked' }),
      capture({ action: 'observed' }), // clean: its action is not an enforcement
    ]);
    expect([...rows.values()]).toEqual([{
      day: '2026-11-27', app: 'chatgpt', host: 'chatgpt.com',
      dayStart: Date.parse('2026-11-26T23:00:00Z'), dayEnd: Date.parse('2026-11-27T23:00:00Z'), timezoneOffset: 60,
      prompts: 5, pastes: 1, uploads: 1, flagged: 3, actions: { warned: 2, blocked: 1 },
    }]);
  });

  test('rolls over at local midnight, not UTC midnight: one row per app per local day', () => {
    const rows = count([
      capture({ capturedAt: Date.parse('2026-11-27T22:59:59.999Z') }), // 23:59:59.999 in Berlin
      capture({ capturedAt: Date.parse('2026-11-27T23:00:00.000Z') }), // 00:00 on the 28th in Berlin
      capture({ capturedAt: Date.parse('2026-11-27T23:30:00.000Z'), app: 'gemini', host: 'gemini.google.com' }),
      capture({ capturedAt: Date.parse('2026-11-28T00:30:00.000Z') }), // still the 28th
    ]);
    expect([...rows].map(([key, row]) => [key, row.prompts])).toEqual([
      ['2026-11-27/chatgpt', 1], ['2026-11-28/chatgpt', 2], ['2026-11-28/gemini', 1],
    ]);
  });

  test('a day is over at its local midnight', () => {
    const [row] = count([capture()]).values();
    expect([isDayOver(row!, row!.dayEnd - 1), isDayOver(row!, row!.dayEnd)]).toEqual([false, true]);
  });
});

describe('usageSummaryFor', () => {
  test('one summary per app and day, valid against the closed schema, counts only', () => {
    const rows = count([
      capture(), capture({ flagged: true, action: 'redacted' }), capture({ app: 'gemini', host: 'gemini.google.com', trigger: 'drop' }),
    ]);
    const summaries = [...rows.values()].map((row) => usageSummaryFor(row, EXAMPLE_DEVICE));
    for (const s of summaries) {
      expect(closed(s)).toBe(true);
      expect(closed.errors ?? []).toEqual([]);
    }
    expect(summaries.map((s) => [s.metadata.uid, s.count, s.unmapped.sightline.day, s.web_resources[0]?.name])).toEqual([
      [`usage:${EXAMPLE_DEVICE.installId}:chatgpt:2026-11-27`, 2, '2026-11-27', 'chatgpt'],
      [`usage:${EXAMPLE_DEVICE.installId}:gemini:2026-11-27`, 1, '2026-11-27', 'gemini'],
    ]);
    expect(summaries[0]).toMatchObject({ time: Date.parse('2026-11-27T23:00:00Z'), timezone_offset: 60, unmapped: { sightline: { flagged: 1, actions: { redacted: 1 } } } });
  });

  test('the summary holds nothing a prompt could put in it', () => {
    // Counting has no text to keep; the only strings in a summary come from the app id, the host
    // and the device. Every string in it is one of those or a fixed OCSF/Sightline label.
    const [row] = count([capture({ flagged: true, action: 'warned' })]).values();
    const summary = usageSummaryFor(row!, EXAMPLE_DEVICE);
    const strings: string[] = [];
    JSON.stringify(summary, (_key, value: unknown) => (typeof value === 'string' && strings.push(value), value));
    const allowed = new Set([
      'chatgpt', 'chatgpt.com', 'https://chatgpt.com/', '2026-11-27', 'usage_summary', 'Daily Usage', 'AI application', '1.5.0', 'Sightline',
      EXAMPLE_DEVICE.installId, EXAMPLE_DEVICE.userId, EXAMPLE_DEVICE.browser, EXAMPLE_DEVICE.extensionVersion,
      `usage:${EXAMPLE_DEVICE.installId}:chatgpt:2026-11-27`,
    ]);
    expect(strings.filter((s) => !allowed.has(s))).toEqual([]);
    expect(JSON.stringify(summary)).not.toContain(PLANTED.awsKey);
  });
});
