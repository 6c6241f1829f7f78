import type { CaptureMessages } from '../../../shared/protocol/capture-messages';
import type { Handler } from '../messaging/router';
import { addEvent } from '../store/events-store';
import type { BackgroundDeps } from './deps';

export function createCaptureHandlers(deps: BackgroundDeps): { [T in keyof CaptureMessages]: Handler<T> } {
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
  };
}
