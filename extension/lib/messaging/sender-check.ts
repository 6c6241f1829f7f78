import type { Runtime } from 'webextension-polyfill';
import { MESSAGE_SPECS, type Envelope } from '../../../shared/protocol/messages';
import { isSiteId, urlBelongsTo } from '../../../shared/sites/known-sites';

export function createSenderCheck(extensionId: string, extensionOrigin: string) {
  return (envelope: Envelope, sender: Runtime.MessageSender): string | null => {
    if (sender.id !== extensionId) return 'sender is not this extension';
    // Pages never get to read events or policy; extension pages never pose as a site.
    if (MESSAGE_SPECS[envelope.type].origin === 'extension-page') {
      // The popup may also be open in a tab, so `sender.tab` says nothing here; the URL does.
      return sender.url?.startsWith(extensionOrigin) ? null : 'only extension pages may send this';
    }
    if (!sender.tab || sender.url?.startsWith(extensionOrigin)) return 'only content scripts may send this';
    const site = siteOf(envelope);
    if (site === null) return null;
    return isSiteId(site) && urlBelongsTo(site, sender.url) ? null : `sender page is not a ${site} page`;
  };
}

/** The site a content-script message claims to come from, when it names one. */
function siteOf(envelope: Envelope): string | null {
  const payload: unknown = envelope.payload;
  return typeof payload === 'object' && payload !== null && 'site' in payload && typeof payload.site === 'string'
    ? payload.site
    : null;
}
