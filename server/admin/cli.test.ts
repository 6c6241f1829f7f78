import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildUsageSummary, usageSummaryId } from '../../shared/events/ocsf/build-telemetry';
import { EXAMPLE_DEVICE } from '../../shared/events/ocsf/examples';
import { hashToken } from '../auth/tokens';
import { openStorage } from '../storage/open-storage';
import { runAdmin } from './cli';

const dir = mkdtempSync(join(tmpdir(), 'sightline-admin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function admin(db: string, ...argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runAdmin(argv, { DATABASE_URL: `sqlite:${db}` }, (line) => lines.push(line));
  return { code, lines };
}

describe('collector:admin', () => {
  test('create-tenant prints the token alone on the last line, and it enrolls that tenant', async () => {
    const db = join(dir, 'a.db');
    const { code, lines } = await admin(db, 'create-tenant', 'acme');
    const token = lines.at(-1) ?? '';
    expect([code, token]).toEqual([0, expect.stringMatching(/^sle_[A-Za-z0-9_-]{43}$/u)]);
    const storage = openStorage(db);
    expect((await storage.tenantByEnrollmentTokenHash(hashToken(token)))?.name).toBe('acme');
    await storage.close();
  });

  test('rotate-token replaces the token; revoke-device and list-devices act on one tenant', async () => {
    const db = join(dir, 'b.db');
    const old = (await admin(db, 'create-tenant', 'acme')).lines.at(-1) ?? '';
    const rotated = (await admin(db, 'rotate-token', 'acme')).lines.at(-1) ?? '';
    const storage = openStorage(db);
    expect(await storage.tenantByEnrollmentTokenHash(hashToken(old))).toBeUndefined();
    const tenant = await storage.tenantByEnrollmentTokenHash(hashToken(rotated));
    await storage.enrollDevice({ tenantId: tenant?.id ?? '', installId: 'i1', tokenHash: 'h', userId: null, browser: 'chrome', extensionVersion: '1', now: 1 });
    await storage.close();
    expect((await admin(db, 'list-devices', 'acme')).lines).toEqual([expect.stringMatching(/^i1\t-\tchrome\t1\t.*\tactive$/u)]);
    expect(await admin(db, 'revoke-device', 'acme', 'i1')).toEqual({ code: 0, lines: ['revoked'] });
    expect(await admin(db, 'revoke-device', 'acme', 'i1')).toEqual({ code: 1, lines: ['no such active device'] });
    expect((await admin(db, 'list-devices', 'acme')).lines[0]).toMatch(/\trevoked /u);
  });

  test('usage lists one tenant\'s daily usage summaries per app', async () => {
    const db = join(dir, 'u.db');
    await admin(db, 'create-tenant', 'acme');
    await admin(db, 'create-tenant', 'globex');
    const storage = openStorage(db);
    const summary = (app: string, day: string) => {
      const event = buildUsageSummary({
        eventId: usageSummaryId(EXAMPLE_DEVICE.installId, app, day), device: EXAMPLE_DEVICE, app, host: `${app}.example`,
        day, dayStart: 0, dayEnd: 1, timezoneOffset: 60, counts: { prompts: 4, pastes: 1, uploads: 0, flagged: 2, actions: { warned: 1, blocked: 1 } },
      });
      return { uid: event.metadata.uid, classUid: event.class_uid, time: event.time, body: JSON.stringify(event) };
    };
    const [acme, globex] = [await storage.tenantByName('acme'), await storage.tenantByName('globex')];
    await storage.insertEvents(acme?.id ?? '', EXAMPLE_DEVICE.installId, [summary('chatgpt', '2026-11-27'), summary('gemini', '2026-11-27')], 1);
    await storage.insertEvents(globex?.id ?? '', EXAMPLE_DEVICE.installId, [summary('deepseek', '2026-11-27')], 1);
    await storage.close();
    expect(await admin(db, 'usage', 'acme')).toEqual({ code: 0, lines: [
      'day\tapp\tuser\tinstall\tprompts\tpastes\tuploads\tflagged\tactions',
      `2026-11-27\tchatgpt\talice@example.com\t${EXAMPLE_DEVICE.installId}\t4\t1\t0\t2\twarned=1,blocked=1`,
      `2026-11-27\tgemini\talice@example.com\t${EXAMPLE_DEVICE.installId}\t4\t1\t0\t2\twarned=1,blocked=1`,
    ] });
  });

  test('a second tenant with the same name is refused', async () => {
    const db = join(dir, 'd.db');
    await admin(db, 'create-tenant', 'acme');
    expect(await admin(db, 'create-tenant', 'acme')).toEqual({ code: 1, lines: ['error: A tenant named "acme" already exists'] });
  });

  test.each([
    [['purge', '--older-than-days', '30'], 0, /^deleted 0 events$/u],
    [['purge'], 1, /--older-than-days/u],
    [['list-devices', 'nobody'], 1, /No tenant named "nobody"/u],
    [['frobnicate'], 2, /usage:/u],
    [['create-tenant', ''], 1, /missing tenant name/u],
  ])('%j exits %i', async (argv, code, line) => {
    const result = await admin(join(dir, 'c.db'), ...argv);
    expect(result.code).toBe(code);
    expect(result.lines.join('\n')).toMatch(line);
  });
});
