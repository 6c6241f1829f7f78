import { describe, expect, test, vi } from 'vitest';
import { createOffscreenKeeper, type OffscreenApis } from './offscreen-document';

const URL = 'chrome-extension://id/offscreen.html';

/** A fake Chrome: one document at most, created after a tick, closable by the test. */
function fakeChrome(create: (open: () => void) => Promise<void> = async (open) => open()) {
  let open = false;
  const apis: OffscreenApis = {
    createDocument: vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 5));
      if (open) throw new Error('Only a single offscreen document may be created.');
      await create(() => (open = true));
    }),
    getContexts: vi.fn(async () => (open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : [])),
  };
  return { apis, close: () => (open = false), isOpen: () => open };
}

describe('offscreen document keeper', () => {
  test('ten concurrent captures create the document once', async () => {
    const chrome = fakeChrome();
    const ensure = createOffscreenKeeper(chrome.apis, URL);
    await Promise.all(Array.from({ length: 10 }, () => ensure()));
    expect(chrome.apis.createDocument).toHaveBeenCalledTimes(1);
    expect(chrome.apis.createDocument).toHaveBeenCalledWith(expect.objectContaining({ url: URL, reasons: ['WORKERS'] }));
    await ensure();
    expect(chrome.apis.createDocument).toHaveBeenCalledTimes(1);
  });

  test('a closed document is created again', async () => {
    const chrome = fakeChrome();
    const ensure = createOffscreenKeeper(chrome.apis, URL);
    await ensure();
    chrome.close();
    await ensure();
    expect(chrome.apis.createDocument).toHaveBeenCalledTimes(2);
    expect(chrome.isOpen()).toBe(true);
  });

  test('"already exists" from a creation that raced ours counts as open', async () => {
    const chrome = fakeChrome();
    const first = createOffscreenKeeper(chrome.apis, URL);
    const second = createOffscreenKeeper(chrome.apis, URL); // e.g. a worker restarted mid-creation
    await expect(Promise.all([first(), second()])).resolves.toBeDefined();
  });

  test('a failed creation is reported, and the next call tries again', async () => {
    let fail = true;
    const chrome = fakeChrome(async (open) => {
      if (fail) throw new Error('boom');
      open();
    });
    const ensure = createOffscreenKeeper(chrome.apis, URL);
    await expect(ensure()).rejects.toThrow('boom');
    fail = false;
    await ensure();
    expect(chrome.isOpen()).toBe(true);
  });
});
