// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createRecordQueue } from './record-queue';

afterEach(() => vi.useRealTimers());

describe('record queue', () => {
  test('posts after the current task, not while the event is being dispatched', async () => {
    vi.useFakeTimers();
    const post = vi.fn();
    const queue = createRecordQueue<string>(window, post);
    queue.push('a');
    queue.push('b');
    await Promise.resolve(); // microtasks run before the page's listener: still nothing posted
    expect(post).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(post.mock.calls).toEqual([['a'], ['b']]);
    queue.dispose();
  });

  test.each(['pagehide', 'dispose'] as const)('%s flushes what is still queued', (how) => {
    const post = vi.fn();
    const queue = createRecordQueue<string>(window, post);
    queue.push('a');
    if (how === 'pagehide') window.dispatchEvent(new Event('pagehide'));
    else queue.dispose();
    expect(post).toHaveBeenCalledExactlyOnceWith('a');
    queue.dispose();
  });
});
