import type { PopupMessages } from '../../../shared/protocol/popup-messages';
import type { Handler } from '../messaging/router';
import { recentEvents } from '../store/events-store';
import type { BackgroundDeps } from './deps';

export function createPopupHandlers(deps: BackgroundDeps): { [T in keyof PopupMessages]: Handler<T> } {
  return {
    'events/recent': async ({ limit }) => ({ events: await recentEvents(await deps.db(), limit) }),
    'status/get': async () => ({ version: deps.version, hostAccess: await deps.hasHostAccess() }),
  };
}
