import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildDeviceStatus, buildHealthRecord, buildUsageSummary } from '../../shared/events/ocsf/build-telemetry';
import { EXAMPLE_DEVICE, PLANTED } from '../../shared/events/ocsf/examples';
import { MAX_BODY_BYTES } from '../../shared/sync/limits';
import { findingFor, testCollector, type TestCollector } from '../test-support/in-process';

let c: TestCollector;
let token: string;
let tenantId: string;

beforeEach(async () => {
  c = await testCollector();
  const t = await c.tenant('acme');
  tenantId = t.id;
  token = (await c.enroll(t.enrollmentToken, 'install-1')).deviceToken;
});
afterEach(async () => {
  await c.app.close();
  await c.storage.close();
});

function post(payload: string | Buffer, headers: Record<string, string> = {}, bearer: string | null = token) {
  return c.app.inject({
    method: 'POST', url: '/v1/events', payload,
    headers: { 'content-type': 'application/json', ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }), ...headers },
  });
}

const batch = (...ids: string[]) => JSON.stringify({ events: ids.map((id) => findingFor('install-1', id)) });

describe('POST /v1/events', () => {
  test('stores a batch; replaying it yields duplicates, not copies', async () => {
    const first = await post(batch('e1', 'e2'));
    expect([first.statusCode, first.json()]).toEqual([200, { accepted: 2, duplicates: 0, rejected: [] }]);
    const replay = await post(batch('e1', 'e2', 'e3'));
    expect(replay.json()).toEqual({ accepted: 1, duplicates: 2, rejected: [] });
    expect(await c.storage.countEvents(tenantId)).toBe(3);
  });

  test('accepts gzip', async () => {
    const res = await post(gzipSync(batch('g1')), { 'content-encoding': 'gzip' });
    expect([res.statusCode, res.json()]).toEqual([200, { accepted: 1, duplicates: 0, rejected: [] }]);
  });

  test('lists invalid events by index and stores the rest, unknown fields kept', async () => {
    const good = { ...findingFor('install-1', 'ok'), x_vendor_extra: { kept: true } };
    const wrongType = { ...findingFor('install-1', 'bad'), time: 'yesterday' };
    const otherDevice = findingFor('install-2', 'spoof');
    const res = await post(JSON.stringify({ events: [wrongType, good, 42, otherDevice] }));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      accepted: 1, duplicates: 0,
      rejected: [
        { index: 0, reason: 'invalid', detail: '/time type' },
        { index: 2, reason: 'invalid', detail: '/class_uid enum' },
        { index: 3, reason: 'device_mismatch' },
      ],
    });
    const [stored] = await c.storage.listEvents(tenantId, 10);
    expect(JSON.parse(stored?.body ?? '{}')).toMatchObject({ x_vendor_extra: { kept: true } });
  });

  test('stores each event as the bytes it arrived as, gzip or not', async () => {
    const pretty = JSON.stringify(findingFor('install-1', 'p1'), null, 2);
    const compact = JSON.stringify(findingFor('install-1', 'p2'));
    await post(`{ "events": [\n${pretty} ,\n${compact.replace('"time":', '"time" :')}\n] }`);
    await post(gzipSync(`{"events":[${compact.replaceAll('p2', 'p3')}]}`), { 'content-encoding': 'gzip' });
    const bodies = (await c.storage.listEvents(tenantId, 10)).map((e) => e.body);
    expect(bodies).toEqual([pretty, compact.replace('"time":', '"time" :'), compact.replaceAll('p2', 'p3')]);
  });

  test('an event that repeats a key is stored as validated, never as its ambiguous text', async () => {
    // JSON.parse keeps the last `uid`; a SIEM parser keeping the first would see another device.
    const event = JSON.stringify(findingFor('install-1', 'dup')).replace('"device":{"uid":"install-1"', '"device":{"uid":"install-2","uid":"install-1"');
    const res = await post(`{"events":[${event}]}`);
    expect(res.json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    const [stored] = await c.storage.listEvents(tenantId, 1);
    expect(stored?.body).not.toContain('install-2');
    expect(JSON.parse(stored?.body ?? '{}')).toEqual(JSON.parse(event));
  });

  const bomb = gzipSync(Buffer.alloc(MAX_BODY_BYTES + 1, 0x20));
  test.each<{ name: string; send: () => Promise<{ statusCode: number; body: string }>; status: number; error: string }>([
    { name: 'malformed JSON', send: () => post(`{"events": [${PLANTED.awsKey}`), status: 400, error: 'bad_request' },
    { name: 'events not an array', send: () => post(JSON.stringify({ events: { a: 1 } })), status: 400, error: 'bad_request' },
    { name: 'a JSON array body', send: () => post('[]'), status: 400, error: 'bad_request' },
    { name: 'prototype poisoning', send: () => post('{"events": [], "__proto__": {"x": 1}}'), status: 400, error: 'bad_request' },
    { name: 'prototype poisoning, gzip', send: () => post(gzipSync('{"events": [], "__proto__": {"x": 1}}'), { 'content-encoding': 'gzip' }), status: 400, error: 'bad_request' },
    { name: 'prototype poisoning, escaped key', send: () => post(String.raw`{"events": [], "\u005f_proto__": {"x": 1}}`), status: 400, error: 'bad_request' },
    { name: 'constructor poisoning', send: () => post('{"events": [], "constructor": {"prototype": {"x": 1}}}'), status: 400, error: 'bad_request' },
    { name: 'constructor poisoning, escaped key', send: () => post(String.raw`{"events": [], "\u0063onstructor": {"prototype": {"x": 1}}}`), status: 400, error: 'bad_request' },
    { name: 'corrupt gzip', send: () => post(Buffer.from('not gzip'), { 'content-encoding': 'gzip' }), status: 400, error: 'bad_request' },
    { name: 'unsupported encoding', send: () => post(gzipSync('{}'), { 'content-encoding': 'br' }), status: 415, error: 'unsupported_media_type' },
    { name: 'non-JSON media type', send: () => post('events', { 'content-type': 'text/plain' }), status: 415, error: 'unsupported_media_type' },
    { name: 'oversized body', send: () => post(Buffer.alloc(MAX_BODY_BYTES + 1, 0x20)), status: 413, error: 'payload_too_large' },
    { name: 'gzip bomb', send: () => post(bomb, { 'content-encoding': 'gzip' }), status: 413, error: 'payload_too_large' },
    { name: 'too many events', send: () => post(JSON.stringify({ events: Array.from({ length: 501 }, () => ({})) })), status: 413, error: 'payload_too_large' },
    { name: 'no token', send: () => post(batch('x'), {}, null), status: 401, error: 'unauthorized' },
    { name: 'wrong token', send: () => post(batch('x'), {}, 'sld_wrong'), status: 401, error: 'unauthorized' },
  ])('$name → $status $error, nothing stored, no input echoed', async ({ send, status, error }) => {
    const res = await send();
    expect([res.statusCode, JSON.parse(res.body)]).toEqual([status, { error }]);
    expect(res.body).not.toContain(PLANTED.awsKey);
    expect(await c.storage.countEvents(tenantId)).toBe(0);
  });

  test('a revoked device gets 403 device_revoked on its next batch', async () => {
    expect(await c.storage.revokeDevice(tenantId, 'install-1', Date.now())).toBe(true);
    const res = await post(batch('r1'));
    expect([res.statusCode, res.json()]).toEqual([403, { error: 'device_revoked' }]);
    expect(await c.storage.countEvents(tenantId)).toBe(0);
  });

  test('over the per-device rate: 429 with Retry-After, other devices unaffected', async () => {
    const clock = { t: 1_000_000 };
    const limited = await testCollector({ limits: { rate: { eventsPerSecond: 200, burstEvents: 300 } }, now: () => clock.t });
    const t = await limited.tenant('acme');
    const [a, b] = [await limited.enroll(t.enrollmentToken, 'install-1'), await limited.enroll(t.enrollmentToken, 'install-2')];
    const send = (bearer: string, installId: string, ids: string[]) => limited.app.inject({
      method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      payload: { events: ids.map((id) => findingFor(installId, id)) },
    });
    const ids = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${i}`);
    expect((await send(a.deviceToken, 'install-1', ids('a', 250))).statusCode).toBe(200);
    const limitedRes = await send(a.deviceToken, 'install-1', ids('b', 250));
    expect([limitedRes.statusCode, limitedRes.headers['retry-after']]).toEqual([429, '1']);
    expect((await send(b.deviceToken, 'install-2', ids('c', 250))).statusCode).toBe(200);
    clock.t += 1_000;
    expect((await send(a.deviceToken, 'install-1', ids('b', 250))).statusCode).toBe(200);
    await limited.app.close();
  });

  test('healthz answers', async () => {
    const res = await c.app.inject({ method: 'GET', url: '/healthz' });
    expect([res.statusCode, res.json()]).toEqual([200, { status: 'ok' }]);
  });
});

describe('usage summaries and records about Sightline', () => {
  const device = { ...EXAMPLE_DEVICE, installId: 'install-1' };
  const usage = (day: string) => buildUsageSummary({
    eventId: `usage:install-1:chatgpt:${day}`, device, app: 'chatgpt', host: 'chatgpt.com', day, dayStart: 1, dayEnd: 2, timezoneOffset: -300,
    counts: { prompts: 3, pastes: 0, uploads: 1, flagged: 1, actions: { redacted: 1 } },
  });

  test('are stored in the sender\'s tenant under their OCSF class, once', async () => {
    const events = [
      usage('2026-11-27'),
      buildDeviceStatus({ eventId: 'status-1', time: 5, device, policyHash: 'sha256:ab', mode: 'warn', privacyMode: 'metadata', outboxSize: 0, deadLetters: 0 }),
      buildHealthRecord({ eventId: 'health-1', time: 5, device, kind: 'adapter_health', code: 'selector_missing', message: 'composer not found', app: 'chatgpt' }),
    ];
    expect((await post(JSON.stringify({ events }))).json()).toEqual({ accepted: 3, duplicates: 0, rejected: [] });
    expect((await post(JSON.stringify({ events: [usage('2026-11-27')] }))).json()).toEqual({ accepted: 0, duplicates: 1, rejected: [] });
    expect((await c.storage.listEvents(tenantId, 10)).map((e) => [e.classUid, e.uid])).toEqual([ // same batch: ordered by uid
      [0, 'health-1'], [5001, 'status-1'], [6001, 'usage:install-1:chatgpt:2026-11-27'],
    ]);
    const other = await c.tenant('globex');
    expect(await c.storage.listEvents(other.id, 10, 6001)).toEqual([]);
  });

  test.each([
    ['without its day window', (e: Record<string, unknown>) => ({ ...e, start_time: undefined }), '/ required'],
    ['with an undocumented activity', (e: Record<string, unknown>) => ({ ...e, activity_id: 1, type_uid: 600101 }), '/activity_id const'],
    ['with a time zone beyond ±18 h', (e: Record<string, unknown>) => ({ ...e, timezone_offset: 1_200 }), '/timezone_offset maximum'],
  ])('a usage summary %s is rejected, the rest of the batch stored', async (_name, spoil, detail) => {
    const bad = spoil(usage('2026-11-26') as unknown as Record<string, unknown>);
    const res = await post(JSON.stringify({ events: [bad, usage('2026-11-27')] }));
    expect(res.json()).toEqual({ accepted: 1, duplicates: 0, rejected: [{ index: 0, reason: 'invalid', detail }] });
  });
});

describe('tenant isolation', () => {
  test('a device writes only into its own tenant; equal uids in two tenants do not collide', async () => {
    const other = await c.tenant('globex');
    const otherToken = (await c.enroll(other.enrollmentToken, 'install-g')).deviceToken;
    await post(batch('shared-id'));
    const res = await post(JSON.stringify({ events: [findingFor('install-g', 'shared-id')] }), {}, otherToken);
    expect(res.json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    const [a] = await c.storage.listEvents(tenantId, 10);
    const [g] = await c.storage.listEvents(other.id, 10);
    expect([a?.installId, g?.installId]).toEqual(['install-1', 'install-g']);
    expect(await c.storage.countEvents(tenantId)).toBe(1);
  });
});
