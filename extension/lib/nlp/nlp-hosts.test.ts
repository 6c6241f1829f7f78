import { describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { startOffscreenHost, type OffscreenRuntime } from './offscreen-host';
import { createWorkerChannel, type WorkerLike } from './worker-channel';
import { startWorkerHost, type WorkerScope } from './worker-host';

const payload = { text: 'Patient Maria Gonzalez was admitted', spans: [], options: {} };

/** A Worker whose other end is the real worker host, in-process. */
function inProcessWorker(): WorkerLike & { crash(): void } {
  const worker: WorkerLike & { crash(): void } = {
    onmessage: null,
    onerror: null,
    postMessage: (data) => queueMicrotask(() => scope.onmessage?.({ data })),
    terminate: vi.fn(),
    crash: () => worker.onerror?.({ message: 'out of memory' }),
  };
  const scope: WorkerScope = { onmessage: null, postMessage: (data) => queueMicrotask(() => worker.onmessage?.({ data })) };
  startWorkerHost(scope);
  return worker;
}

describe('worker channel and worker host', () => {
  test('replies reach their own requests', async () => {
    const channel = createWorkerChannel(inProcessWorker);
    const [a, b] = await Promise.all([channel.request(payload), channel.request({ ...payload, text: 'no names here' })]);
    expect(a).toMatchObject({ ok: true, value: { findings: [expect.objectContaining({ type: 'pii.person' })] } });
    expect(b).toMatchObject({ ok: true, value: { findings: [] } });
    expect((a as { value: { loadMs: number } }).value.loadMs).toBeGreaterThan(0);
  });

  test('a crashed worker fails what it held and is spawned again', async () => {
    const spawned: ReturnType<typeof inProcessWorker>[] = [];
    const channel = createWorkerChannel(() => {
      const w = inProcessWorker();
      spawned.push(w);
      return w;
    });
    const lost = channel.request(payload);
    spawned[0]!.crash();
    await expect(lost).rejects.toThrow('out of memory');
    await expect(channel.request(payload)).resolves.toMatchObject({ ok: true });
    expect(spawned).toHaveLength(2);
  });

  test('an invalid request gets an error reply', async () => {
    const reply = await createWorkerChannel(inProcessWorker).request({ text: 42 } as never);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('text') });
  });
});

describe('offscreen host', () => {
  const origin = 'chrome-extension://sightline/';
  function host() {
    let listener: Parameters<OffscreenRuntime['onMessage']['addListener']>[0] = () => undefined;
    const runtime: OffscreenRuntime = { id: 'sightline', getURL: (p) => origin + p.slice(1), onMessage: { addListener: (l) => (listener = l) } };
    const request = vi.fn(async () => ({ ok: true, value: 'scanned' }));
    startOffscreenHost(runtime, { request });
    return { send: (message: unknown, sender: Runtime.MessageSender) => listener(message, sender), request };
  }
  const worker: Runtime.MessageSender = { id: 'sightline', url: `${origin}background.js` };
  const page: Runtime.MessageSender = { id: 'sightline', url: 'https://chatgpt.com/', tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };

  test.each([
    ['the worker asks for NLP: relayed', { type: 'nlp/scan', payload }, worker, 'scanned'],
    ['a content script message for the worker: left to the worker', { type: 'prompt/scan', payload: { site: 'chatgpt', text: 'x' } }, page, undefined],
    ['a content script asks for NLP: no answer from here', { type: 'nlp/scan', payload }, page, undefined],
    ['another extension: no answer', { type: 'nlp/scan', payload }, { ...worker, id: 'other' }, undefined],
  ])('%s', async (_why, message, sender, value) => {
    const { send } = host();
    const reply = send(message, sender);
    if (value === undefined) expect(reply).toBeUndefined();
    else expect(await reply).toEqual({ ok: true, value });
  });
});
