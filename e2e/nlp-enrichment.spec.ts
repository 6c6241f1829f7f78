/**
 * Issue #4: NLP stays off the verdict path. A name the pattern layer cannot see goes through to
 * the page, and the stored event gains it afterwards from the offscreen NLP host.
 */
import { expect, test } from './fixtures';
import { ChatGptPage } from './pages/chatgpt-page';
import { storedEvents } from './worker-store';

interface StoredEvent {
  readonly action?: string;
  readonly findings?: readonly { type: string; count: number }[];
}

test('a patient name submitted on ChatGPT is added to the stored event by the offscreen NLP host', async ({ context, serviceWorker }) => {
  const chat = new ChatGptPage(await context.newPage());
  await chat.open();
  const prompt = 'Please write a short reminder to patient Maria Gonzalez about her appointment';
  await chat.type(prompt);
  await chat.submitWithEnter();
  // Nothing the verdict engine flags: the prompt goes out at once.
  await expect.poll(() => chat.sentPrompts()).toEqual([prompt]);

  await expect.poll(async () => (await storedEvents<StoredEvent>(serviceWorker))[0]?.findings, { timeout: 15_000 }).toContainEqual({ type: 'pii.person', count: 1 });
  const offscreen = await serviceWorker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<{ documentUrl?: string }[]> } } }).chrome;
    return (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => new URL(c.documentUrl ?? '').pathname);
  });
  expect(offscreen).toEqual(['/offscreen.html']);
});
