import { request, Agent } from 'node:http';
import { expect, test } from 'vitest';
import { findingFor, testCollector } from '../test-support/in-process';

test('a batch in flight at shutdown is answered, with Connection: close, and shutdown does not wait for keep-alive', async () => {
  const c = await testCollector();
  const t = await c.tenant('acme');
  const { deviceToken } = await c.enroll(t.enrollmentToken, 'install-1');
  // Hold the batch in storage until shutdown has begun.
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  const insert = c.storage.insertEvents.bind(c.storage);
  c.storage.insertEvents = async (...args) => { await held; return insert(...args); };
  await c.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = c.app.server.address() as { port: number };

  const agent = new Agent({ keepAlive: true });
  const body = JSON.stringify({ events: [findingFor('install-1', 'e1')] });
  const answer = new Promise<{ status?: number; connection?: string; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, agent, method: 'POST', path: '/v1/events', headers: { 'content-type': 'application/json', authorization: `Bearer ${deviceToken}` } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => { text += chunk.toString(); });
      res.on('end', () => resolve({ status: res.statusCode, connection: res.headers.connection, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
  while (c.app.server.listening && (await new Promise<number>((r) => c.app.server.getConnections((_e, n) => r(n)))) === 0) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 50));

  const started = Date.now();
  const closed = c.app.close();
  release();
  const res = await answer;
  await closed;
  expect([res.status, res.connection, JSON.parse(res.body)]).toEqual([200, 'close', { accepted: 1, duplicates: 0, rejected: [] }]);
  expect(Date.now() - started).toBeLessThan(5_000);
  agent.destroy();
  await c.storage.close();
});
