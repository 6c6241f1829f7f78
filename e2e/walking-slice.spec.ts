import { expect, test } from './fixtures';
import { ChatGptPage } from './pages/chatgpt-page';
import { PopupPage } from './pages/popup-page';
import { storedEvents } from './worker-store';

interface StoredEvent {
  site: string;
  host: string;
  length: number;
  trigger: string;
}

test('the extension loads with its pinned ID', ({ extensionId }) => {
  expect(extensionId).toBe('effnopkjhigkkkjldpkandbkbgmpmgpg');
});

test('a prompt submitted on ChatGPT with Enter is stored and shown in the popup', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const chat = new ChatGptPage(await context.newPage());
  await chat.open();
  const prompt = 'Summarise the Q3 board minutes for me';
  await chat.type(prompt);
  await chat.submitWithEnter();
  await expect.poll(() => chat.sentPrompts()).toEqual([prompt]);

  await expect.poll(() => storedEvents<StoredEvent>(serviceWorker)).toEqual([
    expect.objectContaining({ site: 'chatgpt', host: 'chatgpt.com', length: prompt.length, trigger: 'enter' }),
  ]);
  const stored = JSON.stringify(await storedEvents<StoredEvent>(serviceWorker));
  expect(stored).not.toContain('board minutes');

  const popup = new PopupPage(await context.newPage(), extensionId);
  await popup.open();
  await expect(popup.events).toHaveCount(1);
  await expect(popup.events.first()).toContainText('ChatGPT');
  await expect(popup.events.first()).toContainText(`${prompt.length} characters`);
  await expect(popup.hostAccessNotice).toHaveCount(0);
});

test('a click on the send button is captured; Shift+Enter is not a submit', async ({ context, serviceWorker }) => {
  const chat = new ChatGptPage(await context.newPage());
  await chat.open('/c/some-conversation');
  await chat.type('first line');
  await chat.page.keyboard.press('Shift+Enter');
  await chat.page.keyboard.type('second line');
  await chat.submitWithClick();
  await expect.poll(() => chat.sentPrompts()).toHaveLength(1);

  await expect.poll(() => storedEvents<StoredEvent>(serviceWorker)).toEqual([
    expect.objectContaining({ trigger: 'send-button', length: 'first line\nsecond line'.length }),
  ]);
});
