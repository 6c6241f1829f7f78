/**
 * Worker side of capture: scores composer text as the user types (never stored), hands content
 * scripts the enforcement policy, and records what was actually submitted, pasted or uploaded.
 */
import type { CaptureMessages } from '../../../shared/protocol/capture-messages';
import type { Handler } from '../messaging/router';
import { addEvent } from '../store/events-store';
import { countUsage } from '../usage/usage-store';
import type { BackgroundDeps } from './deps';
import { enforcementAction } from './flagged-input';
import { recordedEvent, scoreText } from './verdict-score';

export function createCaptureHandlers(deps: BackgroundDeps): { [T in keyof CaptureMessages]: Handler<T> } {
  return {
    'prompt/captured': async (prompt, sender) => {
      // Open (and on first use create) the database before the slower scan.
      const db = await deps.db();
      const config = await deps.getEnforcementConfig();
      const result = deps.scan(prompt.text, { flagThreshold: config.flagThreshold });
      const event = recordedEvent(prompt, result, config, {
        id: deps.newId(),
        host: sender.url ? new URL(sender.url).hostname : '',
        capturedAt: deps.now(),
      });
      await addEvent(db, event);
      // Every capture, clean ones included, feeds the daily usage counters: counts only, no text.
      await countUsage(db, {
        app: event.site, host: event.host, capturedAt: event.capturedAt, trigger: event.trigger, hasFile: event.file !== undefined,
        flagged: result.flagged, ...(result.flagged ? { action: enforcementAction(event) } : {}),
      }).catch((error: unknown) => console.error('[Sightline] could not count usage:', error));
      // Flagged events go on to the outbox; a sync failure never fails the capture.
      await deps.onCaptured(event, result, prompt.text).catch((error: unknown) => {
        console.error('[Sightline] could not queue a flagged event:', error);
      });
      return { eventId: event.id };
    },
    'prompt/scan': async ({ text }) => scoreText(text, await deps.getEnforcementConfig(), deps.scan),
    'capture/config': () => deps.getEnforcementConfig(),
  };
}
