/**
 * The storage contract as a test suite any back end runs: `storageContract('sqlite', open)`.
 * It uses only the `Storage` interface, so PostgreSQL passes the same suite.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { NewDevice, Storage, StoredEventInput } from './storage';

const NOW = 1_795_809_438_991;

function event(uid: string, classUid = 2006): StoredEventInput {
  return { uid, classUid, time: NOW, body: JSON.stringify({ class_uid: classUid, metadata: { uid } }) };
}

function device(tenantId: string, installId: string, tokenHash: string): NewDevice {
  return { tenantId, installId, tokenHash, userId: 'u1', browser: 'chrome', extensionVersion: '0.2.0', now: NOW };
}

export function storageContract(name: string, open: () => Promise<Storage>): void {
  describe(`storage contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => { storage = await open(); });
    afterEach(async () => { await storage.close(); });

    test('tenants are found by name and by enrollment token hash, never by another hash', async () => {
      const acme = await storage.createTenant('acme', 'h-acme', 'k-acme', NOW);
      expect(await storage.tenantByEnrollmentTokenHash('h-acme')).toEqual(acme);
      expect(await storage.tenantByName('acme')).toEqual(acme);
      expect(await storage.tenantByEnrollmentTokenHash('h-other')).toBeUndefined();
      expect(await storage.setEnrollmentTokenHash(acme.id, 'h-rotated')).toBe(true);
      expect(await storage.tenantByEnrollmentTokenHash('h-acme')).toBeUndefined();
      expect((await storage.tenantByEnrollmentTokenHash('h-rotated'))?.id).toBe(acme.id);
    });

    test('a tenant name is unique', async () => {
      await storage.createTenant('acme', 'h1', 'k', NOW);
      await expect(storage.createTenant('acme', 'h2', 'k', NOW)).rejects.toThrow();
    });

    test('re-enrollment replaces the token; a revoked install cannot enroll again', async () => {
      const t = await storage.createTenant('acme', 'h', 'k', NOW);
      expect(await storage.enrollDevice(device(t.id, 'i1', 'tok1'))).toBe('enrolled');
      expect(await storage.enrollDevice(device(t.id, 'i1', 'tok2'))).toBe('enrolled');
      expect(await storage.deviceByTokenHash('tok1')).toBeUndefined();
      expect((await storage.deviceByTokenHash('tok2'))?.installId).toBe('i1');
      expect(await storage.revokeDevice(t.id, 'i1', NOW + 1)).toBe(true);
      expect((await storage.deviceByTokenHash('tok2'))?.revokedAt).toBe(NOW + 1);
      expect(await storage.enrollDevice(device(t.id, 'i1', 'tok3'))).toBe('revoked');
      expect(await storage.listDevices(t.id)).toHaveLength(1);
    });

    test('events are idempotent per tenant: a replay is counted as duplicates', async () => {
      const t = await storage.createTenant('acme', 'h', 'k', NOW);
      expect(await storage.insertEvents(t.id, 'i1', [event('a'), event('b')], NOW)).toEqual({ accepted: 2, duplicates: 0 });
      expect(await storage.insertEvents(t.id, 'i1', [event('b'), event('c'), event('c')], NOW)).toEqual({ accepted: 1, duplicates: 2 });
      expect((await storage.listEvents(t.id, 10)).map((e) => e.uid).sort()).toEqual(['a', 'b', 'c']);
    });

    test.each([1, 99, 100, 101, 237, 500])('a batch of %i with repeats inside and across batches keeps each uid once', async (size) => {
      const t = await storage.createTenant('acme', 'h', 'k', NOW);
      // Every uid twice in the batch (one copy at the end), plus uids the previous batch stored.
      const ids = Array.from({ length: size }, (_, i) => `e${i}`);
      expect(await storage.insertEvents(t.id, 'i1', ids.slice(0, Math.ceil(size / 3)).map((id) => event(id)), NOW)).toEqual({ accepted: Math.ceil(size / 3), duplicates: 0 });
      const batch = [...ids, ...ids.slice(0, Math.floor(size / 2))].map((id) => event(id));
      expect(await storage.insertEvents(t.id, 'i1', batch, NOW)).toEqual({ accepted: size - Math.ceil(size / 3), duplicates: batch.length - (size - Math.ceil(size / 3)) });
      expect(await storage.countEvents(t.id)).toBe(size);
      const stored = await storage.listEvents(t.id, size + 1);
      expect(new Set(stored.map((e) => e.uid))).toEqual(new Set(ids));
      expect(stored.every((e) => JSON.parse(e.body).metadata.uid === e.uid)).toBe(true);
    });

    test('concurrent batches each get their own counts and the device its last-seen time', async () => {
      const t = await storage.createTenant('acme', 'h', 'k', NOW);
      await storage.enrollDevice(device(t.id, 'i1', 'tok1'));
      const results = await Promise.all([
        storage.insertEvents(t.id, 'i1', [event('a'), event('b')], NOW + 1),
        storage.insertEvents(t.id, 'i1', [event('b'), event('c')], NOW + 2),
      ]);
      expect(results).toEqual([{ accepted: 2, duplicates: 0 }, { accepted: 1, duplicates: 1 }]);
      expect((await storage.listDevices(t.id))[0]?.lastSeenAt).toBe(NOW + 2);
    });

    test('tenants never see each other: same uid in two tenants are two events', async () => {
      const a = await storage.createTenant('a', 'ha', 'k', NOW);
      const b = await storage.createTenant('b', 'hb', 'k', NOW);
      await storage.enrollDevice(device(a.id, 'i1', 'ta'));
      await storage.insertEvents(a.id, 'i1', [event('same'), event('only-a')], NOW);
      expect(await storage.insertEvents(b.id, 'i2', [event('same')], NOW)).toEqual({ accepted: 1, duplicates: 0 });
      expect((await storage.listEvents(b.id, 10)).map((e) => e.uid)).toEqual(['same']);
      expect(await storage.countEvents(a.id)).toBe(2);
      expect(await storage.listDevices(b.id)).toEqual([]);
      expect(await storage.revokeDevice(b.id, 'i1', NOW)).toBe(false);
    });

    test('events can be listed by class, within one tenant only', async () => {
      const a = await storage.createTenant('a', 'ha', 'k', NOW);
      const b = await storage.createTenant('b', 'hb', 'k', NOW);
      await storage.insertEvents(a.id, 'i', [event('f1'), event('u1', 6001), event('s1', 5001), event('u2', 6001)], NOW);
      await storage.insertEvents(b.id, 'i', [event('u3', 6001)], NOW);
      expect((await storage.listEvents(a.id, 10, 6001)).map((e) => e.uid)).toEqual(['u1', 'u2']);
      expect((await storage.listEvents(a.id, 1, 6001)).map((e) => e.uid)).toEqual(['u1']);
      expect((await storage.listEvents(b.id, 10, 6001)).map((e) => e.uid)).toEqual(['u3']);
      expect(await storage.listEvents(b.id, 10, 2006)).toEqual([]);
    });

    test('stored bodies come back byte for byte', async () => {
      const t = await storage.createTenant('acme', 'h', 'k', NOW);
      const body = JSON.stringify({ class_uid: 2006, unknown_field: { kept: ['é', 1] } });
      await storage.insertEvents(t.id, 'i1', [{ uid: 'x', classUid: 2006, time: NOW, body }], NOW + 5);
      expect(await storage.listEvents(t.id, 1)).toEqual([{ uid: 'x', installId: 'i1', classUid: 2006, time: NOW, receivedAt: NOW + 5, body }]);
    });

    test.each([
      [undefined, 1, 1],
      ['a', 1, 2],
    ])('purge before a cutoff (tenant %s) deletes only older events', async (scope, deletedA, leftB) => {
      const a = await storage.createTenant('a', 'ha', 'k', NOW);
      const b = await storage.createTenant('b', 'hb', 'k', NOW);
      await storage.insertEvents(a.id, 'i', [event('old')], NOW - 1_000);
      await storage.insertEvents(a.id, 'i', [event('new')], NOW);
      await storage.insertEvents(b.id, 'i', [event('old')], NOW - 1_000);
      await storage.insertEvents(b.id, 'i', [event('new')], NOW);
      const deleted = await storage.purgeEventsBefore(NOW, scope === undefined ? undefined : a.id);
      expect(deleted).toBe(deletedA + (scope === undefined ? 1 : 0));
      expect(await storage.countEvents(a.id)).toBe(1);
      expect(await storage.countEvents(b.id)).toBe(leftB);
    });
  });
}
