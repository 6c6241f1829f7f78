import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { DEFAULT_ENFORCEMENT_CONFIG } from '../../../shared/enforcement/config';
import { scan } from '../../../shared/engine/scan';
import type { SightlineEvent } from '../../../shared/events/ocsf/events';
import { EXAMPLE_DEVICE, PLANTED } from '../../../shared/events/ocsf/examples';
import { createCaptureHandlers } from '../background/capture-handlers';
import type { BackgroundDeps } from '../background/deps';
import type { PolicyService } from '../policy/policy-service';
import { openSightlineDb, type SightlineDb } from '../store/db';
import { emitUsageSummaries } from './emit-usage';
import { USAGE_KEEP_DAYS, countUsage } from './usage-store';

const savedTz = process.env.TZ;
let dbCount = 0;
let db: SightlineDb;
beforeEach(async () => {
  process.env.TZ = 'America/New_York';
  db = await openSightlineDb(`usage-${dbCount++}`);
});
afterEach(() => {
  db.close();
  process.env.TZ = savedTz;
});

/** New York: 27 Nov 2026 runs from 05:00Z on the 27th to 05:00Z on the 28th. */
const NOV_27_NOON = Date.parse('2026-11-27T17:00:00Z');
const NOV_28_START = Date.parse('2026-11-28T05:00:00Z');

function handlers(now: () => number) {
  let n = 0;
  const deps: BackgroundDeps = {
    db: async () => db, now, newId: () => `e${n++}`, version: '0.2.0', hasHostAccess: async () => true,
    policy: {} as PolicyService, saveLocalOptions: async () => {}, onCaptured: async () => {},
    getEnforcementConfig: async () => DEFAULT_ENFORCEMENT_CONFIG, scan, injectUi: async () => {},
  };
  return createCaptureHandlers(deps)['prompt/captured'];
}
const sender = (host: string): Runtime.MessageSender => ({ url: `https://${host}/c/1` });

async function collect(now: number): Promise<SightlineEvent[]> {
  const recorded: SightlineEvent[] = [];
  await emitUsageSummaries(db, async (event) => void recorded.push(event), EXAMPLE_DEVICE, now);
  return recorded;
}

describe('usage counting from captures', () => {
  test('every captured prompt, paste and upload is counted, clean or flagged, and only counts are kept', async () => {
    let clock = NOV_27_NOON;
    const capture = handlers(() => clock++);
    const secret = `key ${PLANTED.awsKey} mail ${PLANTED.email}`;
    await capture({ site: 'chatgpt', text: 'what is a monad?', trigger: 'enter' }, sender('chatgpt.com'));
    await capture({ site: 'chatgpt', text: secret, trigger: 'send-button', action: 'warn', choice: 'send-anyway' }, sender('chatgpt.com'));
    await capture({ site: 'chatgpt', text: 'pasted notes', trigger: 'paste' }, sender('chatgpt.com'));
    await capture({ site: 'chatgpt', text: '', trigger: 'file-upload', file: { name: `${PLANTED.email}.pdf`, type: 'application/pdf', size: 9 } }, sender('chatgpt.com'));
    await capture({ site: 'gemini', text: 'hello', trigger: 'enter' }, sender('gemini.google.com'));

    const rows = await db.getAll('usage');
    expect(rows.map((r) => [r.day, r.app, r.prompts, r.pastes, r.uploads, r.flagged, r.actions])).toEqual([
      ['2026-11-27', 'chatgpt', 2, 1, 1, 1, { warned: 1 }],
      ['2026-11-27', 'gemini', 1, 0, 0, 0, {}],
    ]);
    const stored = JSON.stringify(rows);
    for (const value of [PLANTED.awsKey, PLANTED.email, 'monad', 'pasted notes']) expect(stored).not.toContain(value);
  });
});

describe('daily summaries', () => {
  const capture = (app: string, capturedAt: number) => countUsage(db, { app, host: `${app}.example`, capturedAt, trigger: 'enter', hasFile: false, flagged: false });

  test('nothing is summarised before local midnight; after it, one summary per app for the day that ended', async () => {
    await capture('chatgpt', NOV_27_NOON);
    await capture('chatgpt', NOV_28_START - 1); // 23:59:59.999 in New York
    await capture('gemini', NOV_27_NOON);
    await capture('chatgpt', NOV_28_START); // midnight: the next day's counter
    expect(await collect(NOV_28_START - 1)).toEqual([]);

    const summaries = await collect(NOV_28_START);
    expect(summaries.map((s) => [s.metadata.uid, 'count' in s ? s.count : -1])).toEqual([
      [`usage:${EXAMPLE_DEVICE.installId}:chatgpt:2026-11-27`, 2],
      [`usage:${EXAMPLE_DEVICE.installId}:gemini:2026-11-27`, 1],
    ]);
    // Emitted once: the counters for the 27th are gone, the 28th's is kept for tomorrow.
    expect(await collect(NOV_28_START + 60_000)).toEqual([]);
    expect((await db.getAll('usage')).map((r) => [r.day, r.app, r.prompts])).toEqual([['2026-11-28', 'chatgpt', 1]]);
  });

  test('a summary that could not be queued stays counted and goes out at the next attempt', async () => {
    await capture('chatgpt', NOV_27_NOON);
    await expect(emitUsageSummaries(db, async () => { throw new Error('disk full'); }, EXAMPLE_DEVICE, NOV_28_START)).rejects.toThrow('disk full');
    expect(await collect(NOV_28_START)).toHaveLength(1);
  });

  test(`days older than ${USAGE_KEEP_DAYS} days are forgotten when a new day starts, even with no collector`, async () => {
    const DAY = 86_400_000;
    await capture('chatgpt', NOV_27_NOON - (USAGE_KEEP_DAYS + 1) * DAY);
    await capture('chatgpt', NOV_27_NOON - (USAGE_KEEP_DAYS - 1) * DAY);
    await capture('chatgpt', NOV_27_NOON);
    expect((await db.getAll('usage')).map((r) => r.day)).toEqual(['2026-10-24', '2026-11-27']);
  });
});
