import type { Handlers } from '../messaging/router';
import type { SightlineDb } from '../store/db';
import { addEvent, recentEvents } from '../store/events-store';

export interface BackgroundDeps {
  readonly db: () => Promise<SightlineDb>;
  readonly now: () => number;
  readonly newId: () => string;
  readonly version: string;
  readonly hasHostAccess: () => Promise<boolean>;
}

export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    'prompt/captured': async ({ site, text, trigger }, sender) => {
      const event = {
        id: deps.newId(),
        site,
        host: sender.url ? new URL(sender.url).hostname : '',
        capturedAt: deps.now(),
        length: text.length,
        trigger,
      };
      await addEvent(await deps.db(), event);
      return { eventId: event.id };
    },
    'events/recent': async ({ limit }) => ({ events: await recentEvents(await deps.db(), limit) }),
    'status/get': async () => ({ version: deps.version, hostAccess: await deps.hasHostAccess() }),
  };
}
