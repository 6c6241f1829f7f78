import { afterEach, describe, expect, test, vi } from 'vitest';
import { createNlpClient, type NlpTransport } from './nlp-client';

const request = { text: 'Patient Maria Gonzalez', spans: [], options: {} };
const finding = { type: 'pii.person', category: 'pii', severity: 'medium', confidence: 0.75, start: 8, end: 22, explanation: { detector: 'pii.person', rule: 'gazetteer-name', baseScore: 0.75, context: [] } };
const value = { findings: [finding], work: null, ms: 2, loadMs: 350 };

afterEach(() => vi.useRealTimers());

describe('NLP client', () => {
  test.each<[string, NlpTransport, boolean]>([
    ['a valid reply', async () => ({ ok: true, value }), true],
    ['an error reply', async () => ({ ok: false, error: 'nlp/scan: bad' }), false],
    ['no reply at all', async () => undefined, false],
    ['a reply of the wrong shape', async () => ({ ok: true, value: { findings: 'x' } }), false],
    ['a transport that throws', async () => Promise.reject(new Error('Receiving end does not exist')), false],
  ])('%s', async (_why, transport, ok) => {
    const onError = vi.fn();
    const reply = await createNlpClient({ transport, timeoutMs: 1_000, onError }).scan(request);
    expect(reply).toEqual(ok ? value : null);
    expect(onError).toHaveBeenCalledTimes(ok ? 0 : 1);
  });

  test('a host that never answers yields null after the timeout', async () => {
    vi.useFakeTimers();
    const onError = vi.fn();
    const pending = createNlpClient({ transport: () => new Promise(() => undefined), timeoutMs: 5_000, onError }).scan(request);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(onError).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toBeNull();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('5000 ms') }));
  });
});
