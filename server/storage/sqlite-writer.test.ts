import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openSqliteStorage } from './sqlite';
import { startEventWriter } from './sqlite-writer';

const dir = mkdtempSync(join(tmpdir(), 'sightline-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const event = (uid: string) => ({ uid, classUid: 2006, time: 1, body: '{}' });

test('a writer thread that cannot work fails its batches instead of leaving them waiting', async () => {
  const writer = startEventWriter({ path: join(dir, 'no', 'such', 'dir', 'c.db'), synchronous: 'FULL', autoCheckpointPages: 0 });
  await expect(writer.insert({ tenantId: 't', installId: 'i', events: [event('a')], receivedAt: 1 })).rejects.toThrow(/event writer (crashed|exited)/u);
  await writer.close();
});

test('concurrent batches from many requests share commits and each gets its own counts', async () => {
  const storage = openSqliteStorage(join(dir, 'c.db'));
  const t = await storage.createTenant('acme', 'h', 'k', 1);
  const results = await Promise.all(Array.from({ length: 50 }, (_, i) => storage.insertEvents(t.id, 'i', [event(`e${i}`), event(`e${i + 1}`)], 1)));
  expect(results[0]).toEqual({ accepted: 2, duplicates: 0 });
  expect(results.slice(1).every((r) => r.accepted === 1 && r.duplicates === 1)).toBe(true);
  expect(await storage.countEvents(t.id)).toBe(51);
  await storage.close();
});
