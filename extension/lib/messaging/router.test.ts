import { describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { DEFAULT_ENFORCEMENT_CONFIG } from '../../../shared/enforcement/config';
import { createRouter, type Handlers } from './router';
import { createSenderCheck } from './sender-check';

const ID = 'effnopkjhigkkkjldpkandbkbgmpmgpg';
const ORIGIN = `chrome-extension://${ID}/`;
const popup: Runtime.MessageSender = { id: ID, url: `${ORIGIN}popup.html` };
const chatgptTab: Runtime.MessageSender = {
  id: ID,
  url: 'https://chatgpt.com/c/1',
  tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};
const capture = { type: 'prompt/captured', payload: { site: 'chatgpt', text: 'hello', trigger: 'enter' } };

function handlers(): Handlers {
  return {
    'prompt/captured': vi.fn(async () => ({ eventId: 'e1' })),
    'prompt/scan': vi.fn(async () => ({ flagged: false, risk: 0, action: 'allow' as const, findings: [], redacted: '' })),
    'capture/config': vi.fn(async () => DEFAULT_ENFORCEMENT_CONFIG),
    'events/recent': vi.fn(async () => ({ events: [] })),
    'status/get': vi.fn(async () => ({ version: '1', hostAccess: true })),
    'policy/effective': vi.fn(async () => Promise.reject(new Error('unused'))),
    'options/save': vi.fn(async () => Promise.reject(new Error('unused'))),
    'ui/load': vi.fn(async () => null),
  };
}

describe('router', () => {
  const route = (h: Handlers) => createRouter(h, createSenderCheck(ID, ORIGIN));

  test('dispatches a valid message from an allowed sender', async () => {
    const h = handlers();
    expect(await route(h)(capture, chatgptTab)).toEqual({ ok: true, value: { eventId: 'e1' } });
    expect(h['prompt/captured']).toHaveBeenCalledWith(capture.payload, chatgptTab);
  });

  test.each([
    ['another extension', { ...chatgptTab, id: 'other' }, 'not this extension'],
    ['a popup', popup, 'only content scripts'],
    ['the popup open in a tab', { ...chatgptTab, url: popup.url }, 'only content scripts'],
    ['a tab on another site', { ...chatgptTab, url: 'https://evil.test/' }, 'not a chatgpt page'],
  ])('refuses a capture from %s', async (_name, sender, reason) => {
    const h = handlers();
    const reply = await route(h)(capture, sender);
    expect(reply).toMatchObject({ ok: false });
    expect(JSON.stringify(reply)).toContain(reason);
    expect(h['prompt/captured']).not.toHaveBeenCalled();
  });

  test('refuses event reads from a content script', async () => {
    const reply = await route(handlers())({ type: 'events/recent', payload: { limit: 5 } }, chatgptTab);
    expect(reply).toEqual({ ok: false, error: 'events/recent: only extension pages may send this' });
  });

  test('lets the popup read events when it is open in a tab', async () => {
    const reply = await route(handlers())({ type: 'events/recent', payload: { limit: 5 } }, { ...chatgptTab, url: popup.url });
    expect(reply).toEqual({ ok: true, value: { events: [] } });
  });

  test('turns a handler failure into an error reply', async () => {
    const h = { ...handlers(), 'status/get': async () => Promise.reject(new Error('boom')) };
    expect(await route(h)({ type: 'status/get', payload: {} }, popup)).toEqual({ ok: false, error: 'status/get: boom' });
  });

  test('reports malformed messages', async () => {
    expect(await route(handlers())({ type: 'status/get' }, popup)).toMatchObject({ ok: false });
  });
});
