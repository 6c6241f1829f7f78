import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openStorage } from './open-storage';
import { openSqliteStorage } from './sqlite';
import { storageContract } from './storage-contract';

const dir = mkdtempSync(join(tmpdir(), 'sightline-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

storageContract('sqlite :memory: (inserts on the calling thread)', async () => openSqliteStorage(':memory:'));
storageContract('sqlite file (inserts in the writer thread)', async () => openSqliteStorage(join(dir, `contract-${files++}.db`)));

test('a file database keeps its data across reopen and migrates only once', async () => {
  const path = join(dir, 'nested', 'c.db');
  const first = openStorage(`sqlite:${path}`);
  const t = await first.createTenant('acme', 'h', 'k', 1);
  await first.insertEvents(t.id, 'i', [{ uid: 'u', classUid: 2006, time: 1, body: '{}' }], 1);
  await first.close();
  const second = openStorage(path);
  expect(await second.countEvents(t.id)).toBe(1);
  await second.close();
});

test('an unsupported DATABASE_URL scheme is refused with a clear message', () => {
  expect(() => openStorage('postgres://db/sightline')).toThrow(/Unsupported DATABASE_URL scheme: postgres/);
});
