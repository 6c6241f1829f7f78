/**
 * Issue #4: NLP stays off the verdict path. A name the pattern layer cannot see goes through to
 * the page, and the stored event gains it afterwards from the offscreen NLP host.
 */
import { expect, test } from './fixtures';
import type { Worker } from '@playwright/test';
import { ChatGptPage } from './pages/chatgpt-page';

interface StoredEvent {
  readonly action?: string;
  readonly findings?: readonly { type: string; count: number }[];
}

/**
 * Reads the events store in the service worker. It never creates the database: an open that would
 * (before the worker's first capture) is aborted, else the worker's own versioned open would wait
 * behind this connection.
 */
function storedEvents(worker: Worker): Promise<StoredEvent[]> {
  return worker.evaluate(
    () =>
      new Promise<StoredEvent[]>((resolve, reject) => {
        const open = indexedDB.open('sightline');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('events')) return db.close(), resolve([]);
          const all = db.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => (db.close(), resolve(all.result as StoredEvent[]));
          all.onerror = () => (db.close(), reject(all.error));
        };
      }),
  );
}

test('a patient name submitted on ChatGPT is added to the stored event by the offscreen NLP host', async ({ context, serviceWorker }) => {
  const chat = new ChatGptPage(await context.newPage());
  await chat.open();
  const prompt = 'Please write a short reminder to patient Maria Gonzalez about her appointment';
  await chat.type(prompt);
  await chat.submitWithEnter();
  // Nothing the verdict engine flags: the prompt goes out at once.
  await expect.poll(() => chat.sentPrompts()).toEqual([prompt]);

  await expect.poll(async () => (await storedEvents(serviceWorker))[0]?.findings, { timeout: 15_000 }).toContainEqual({ type: 'pii.person', count: 1 });
  const offscreen = await serviceWorker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<{ documentUrl?: string }[]> } } }).chrome;
    return (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => new URL(c.documentUrl ?? '').pathname);
  });
  expect(offscreen).toEqual(['/offscreen.html']);
});
