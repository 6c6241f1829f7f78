import { describe, expect, test, vi } from 'vitest';
import type { Verdict } from '../../../shared/enforcement/verdict';
import { VerdictCache } from './verdict-cache';

const verdict = (risk: number): Verdict => ({ flagged: risk >= 50, risk, action: risk >= 50 ? 'warn' : 'allow', findings: [], redacted: '' });

describe('VerdictCache', () => {
  test('a fetched verdict is then known synchronously, for that exact text only', async () => {
    const cache = new VerdictCache(async () => verdict(90));
    await cache.fetch('key AKIA');
    expect(cache.get('key AKIA')).toMatchObject({ risk: 90 });
    expect(cache.get('key AKIA ')).toBeUndefined();
  });

  test('concurrent fetches of one text share one request', async () => {
    const request = vi.fn(async () => verdict(0));
    const cache = new VerdictCache(request);
    await Promise.all([cache.fetch('a'), cache.fetch('a')]);
    await cache.fetch('a');
    expect(request).toHaveBeenCalledTimes(1);
  });

  test('a failed request resolves null and is retried next time', async () => {
    const request = vi.fn<() => Promise<Verdict>>().mockRejectedValueOnce(new Error('worker gone')).mockResolvedValue(verdict(0));
    const cache = new VerdictCache(request);
    expect(await cache.fetch('a')).toBeNull();
    expect(await cache.fetch('a')).toMatchObject({ risk: 0 });
  });

  test('fetchWithin gives up after the limit but the verdict still lands in the cache', async () => {
    vi.useFakeTimers();
    let answer: (v: Verdict) => void = () => undefined;
    const cache = new VerdictCache(() => new Promise((resolve) => (answer = resolve)));
    const held = cache.fetchWithin('slow', 300);
    await vi.advanceTimersByTimeAsync(300);
    expect(await held).toBeNull();
    answer(verdict(10));
    await vi.runAllTimersAsync();
    expect(cache.get('slow')).toMatchObject({ risk: 10 });
    vi.useRealTimers();
  });

  test('keeps only the few most recent texts', async () => {
    const cache = new VerdictCache(async () => verdict(0));
    for (const text of ['1', '2', '3', '4', '5']) await cache.fetch(text);
    expect(cache.get('1')).toBeUndefined();
    expect(cache.get('5')).toBeDefined();
  });
});
