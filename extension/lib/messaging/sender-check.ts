import type { Runtime } from 'webextension-polyfill';
import type { Envelope, MessageType } from '../../../shared/protocol/messages';
import { isSiteId, urlBelongsTo } from '../../../shared/sites/known-sites';

type Origin = 'content-script' | 'extension-page';

/** Where each message may come from. Pages never get to read events; popups never capture. */
const ALLOWED_ORIGIN: { readonly [T in MessageType]: Origin } = {
  'prompt/captured': 'content-script',
  'events/recent': 'extension-page',
  'status/get': 'extension-page',
};

export function createSenderCheck(extensionId: string, extensionOrigin: string) {
  return (envelope: Envelope, sender: Runtime.MessageSender): string | null => {
    if (sender.id !== extensionId) return 'sender is not this extension';
    if (ALLOWED_ORIGIN[envelope.type] === 'extension-page') {
      // The popup may also be open in a tab, so `sender.tab` says nothing here; the URL does.
      return sender.url?.startsWith(extensionOrigin) ? null : 'only extension pages may send this';
    }
    if (!sender.tab || sender.url?.startsWith(extensionOrigin)) return 'only content scripts may send this';
    const site = (envelope as Envelope<'prompt/captured'>).payload.site;
    return isSiteId(site) && urlBelongsTo(site, sender.url) ? null : `sender page is not a ${site} page`;
  };
}
