import { describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createRouter, type Handlers } from '../messaging/router';
import { createSenderCheck } from '../messaging/sender-check';
import { createUiHandlers, type InjectUi } from './ui-handlers';

const ID = 'effnopkjhigkkkjldpkandbkbgmpmgpg';
const ORIGIN = `chrome-extension://${ID}/`;
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const frame: Runtime.MessageSender = { id: ID, url: 'https://chatgpt.com/c/1', tab, frameId: 3 };
const load = { type: 'ui/load', payload: { site: 'chatgpt' } };

function route() {
  const inject = vi.fn<InjectUi>(async () => undefined);
  // Only the message under test is reachable; the router's type still wants every handler.
  const handlers = createUiHandlers(inject) as unknown as Handlers;
  return { inject, route: createRouter(handlers, createSenderCheck(ID, ORIGIN)) };
}

describe('ui/load', () => {
  test('injects into exactly the asking tab and frame', async () => {
    const { inject, route: r } = route();
    expect(await r(load, frame)).toEqual({ ok: true, value: null });
    expect(inject).toHaveBeenCalledExactlyOnceWith({ tabId: 7, frameId: 3 });
  });

  test.each([
    ['another extension', { ...frame, id: 'other' }, 'not this extension'],
    ['an extension page', { ...frame, url: `${ORIGIN}popup.html` }, 'only content scripts'],
    ['no tab', { id: ID, url: frame.url, frameId: 0 }, 'only content scripts'],
    ['a page of another site', { ...frame, url: 'https://evil.test/' }, 'not a chatgpt page'],
    ['no frame id', { ...frame, frameId: undefined }, 'not a frame of a tab'],
    ['a tab without an id', { ...frame, tab: { ...tab, id: undefined } }, 'not a frame of a tab'],
    ['a negative tab id (TAB_ID_NONE)', { ...frame, tab: { ...tab, id: -1 } }, 'not a frame of a tab'],
  ])('refuses %s', async (_name, sender, reason) => {
    const { inject, route: r } = route();
    const reply = await r(load, sender as Runtime.MessageSender);
    expect(reply).toMatchObject({ ok: false });
    expect(JSON.stringify(reply)).toContain(reason);
    expect(inject).not.toHaveBeenCalled();
  });

  test('a failed injection is an error reply (the page then shows its own notice)', async () => {
    const { inject, route: r } = route();
    inject.mockRejectedValueOnce(new Error('Frame with ID 3 was removed.'));
    expect(await r(load, frame)).toEqual({ ok: false, error: 'ui/load: Frame with ID 3 was removed.' });
  });
});
