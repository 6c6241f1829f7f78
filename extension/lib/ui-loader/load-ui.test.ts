// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { UI_KEY, type InPageUi, type UiScope } from '../ui/dialog-request';
import { createUiLoader } from './load-ui';

const ui: InPageUi = { showDialog: async () => ({ choice: 'edit' }) };
/** A worker that injects the UI (registers it in `scope`) after `ms`. */
const injecting = (scope: UiScope, ms = 0) => vi.fn(() => new Promise<null>((resolve) => setTimeout(() => ((scope[UI_KEY] = ui), resolve(null)), ms)));

afterEach(() => vi.useRealTimers());

describe('createUiLoader', () => {
  test('asks the worker once, however many callers', async () => {
    const scope: UiScope = {};
    const request = injecting(scope);
    const load = createUiLoader(request, scope);
    expect(await Promise.all([load(), load()])).toEqual([ui, ui]);
    expect(await load()).toBe(ui);
    expect(request).toHaveBeenCalledOnce();
  });

  test('ignores what an orphaned predecessor left under the key', async () => {
    const stale: InPageUi = { showDialog: async () => ({ choice: 'send-anyway' }) };
    const scope: UiScope = { [UI_KEY]: stale };
    const load = createUiLoader(async () => null, scope);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await load()).toBeNull();
  });

  test.each([
    ['the worker refuses', () => Promise.reject(new Error('ui/load: sender is not a frame of a tab'))],
    ['the injection registers nothing', async () => null],
  ])('resolves null when %s, and asks again next time', async (_name, fail) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const scope: UiScope = {};
    const request = vi.fn(fail);
    const load = createUiLoader(request, scope);
    expect(await load()).toBeNull();
    request.mockImplementation(injecting(scope));
    expect(await load()).toBe(ui);
    expect(request).toHaveBeenCalledTimes(2);
  });

  test('gives up at the limit, and a later call finds the UI the slow injection registered', async () => {
    vi.useFakeTimers();
    const scope: UiScope = {};
    const request = injecting(scope, 5_000);
    const load = createUiLoader(request, scope, 1_000);
    const first = load();
    await vi.advanceTimersByTimeAsync(999);
    let settled: unknown = 'pending';
    void first.then((value) => (settled = value));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBeNull();
    // The retry asks again; the worker answers this time.
    request.mockImplementation(injecting(scope, 10));
    const second = load();
    await vi.advanceTimersByTimeAsync(10);
    expect(await second).toBe(ui);
  });
});
