import { Writable } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { PLANTED } from '../../shared/events/ocsf/examples';
import { testCollector, findingFor, type TestCollector } from '../test-support/in-process';

let c: TestCollector | undefined;
afterEach(async () => {
  await c?.app.close();
  await c?.storage.close();
});

const enrollBody = (enrollmentToken: string, installId = 'install-1') => ({ enrollmentToken, installId, userId: 'u1', browser: 'chrome', extensionVersion: '0.2.0' });

describe('POST /v1/enroll', () => {
  test('exchanges the enrollment token for a device token and the tenant key', async () => {
    c = await testCollector();
    const t = await c.tenant('acme');
    const res = await c.app.inject({ method: 'POST', url: '/v1/enroll', payload: enrollBody(t.enrollmentToken) });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ deviceToken: string; hmacKey: string }>();
    expect(body.deviceToken).toMatch(/^sld_[A-Za-z0-9_-]{43}$/u);
    expect(body.hmacKey.length).toBeGreaterThanOrEqual(43);
    const [device] = await c.storage.listDevices(t.id);
    expect(device).toMatchObject({ installId: 'install-1', userId: 'u1', browser: 'chrome', revokedAt: null });
    expect(device?.tokenHash).not.toContain(body.deviceToken); // stored hashed
  });

  test('re-enrolling replaces the device token', async () => {
    c = await testCollector();
    const t = await c.tenant('acme');
    const first = await c.enroll(t.enrollmentToken, 'install-1');
    await c.enroll(t.enrollmentToken, 'install-1');
    const res = await c.app.inject({
      method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${first.deviceToken}` }, payload: { events: [] },
    });
    expect(res.statusCode).toBe(401);
  });

  test.each([
    ['an unknown enrollment token', (token: string) => enrollBody(`${token}x`), 401, 'unauthorized'],
    ['a missing install id', (token: string) => ({ ...enrollBody(token), installId: undefined }), 400, 'bad_request'],
    ['a numeric browser', (token: string) => ({ ...enrollBody(token), browser: 7 }), 400, 'bad_request'],
  ])('refuses %s', async (_name, body, status, error) => {
    c = await testCollector();
    const t = await c.tenant('acme');
    const res = await c.app.inject({ method: 'POST', url: '/v1/enroll', payload: body(t.enrollmentToken) });
    expect([res.statusCode, res.json()]).toEqual([status, { error }]);
  });

  test('refuses a revoked install id, even with a valid token', async () => {
    c = await testCollector();
    const t = await c.tenant('acme');
    await c.enroll(t.enrollmentToken, 'install-1');
    await c.storage.revokeDevice(t.id, 'install-1', Date.now());
    const res = await c.app.inject({ method: 'POST', url: '/v1/enroll', payload: enrollBody(t.enrollmentToken) });
    expect([res.statusCode, res.json()]).toEqual([403, { error: 'device_revoked' }]);
  });
});

describe('logs', () => {
  test('never contain prompt data, tokens or parser messages', async () => {
    const lines: string[] = [];
    const stream = new Writable({ write(chunk: Buffer, _enc, done) { lines.push(chunk.toString()); done(); } });
    c = await testCollector({ logger: { level: 'debug', stream } });
    const t = await c.tenant('acme');
    const { deviceToken } = await c.enroll(t.enrollmentToken, 'install-1');
    const headers = { authorization: `Bearer ${deviceToken}`, 'content-type': 'application/json' };
    const full = { ...findingFor('install-1', 'e1') };
    await c.app.inject({ method: 'POST', url: '/v1/events', headers, payload: JSON.stringify({ events: [full] }) });
    await c.app.inject({ method: 'POST', url: '/v1/events', headers, payload: `{"events":[${PLANTED.awsKey}` });
    await c.app.inject({ method: 'POST', url: '/v1/events', headers, payload: { events: [{ ...full, time: PLANTED.email }] } });
    const log = lines.join('');
    expect(log).toContain('batch stored');
    for (const secret of [PLANTED.awsKey, PLANTED.email, deviceToken, t.enrollmentToken]) expect(log).not.toContain(secret);
  });
});
