import type { Handlers } from '../messaging/router';
import { createCaptureHandlers } from './capture-handlers';
import type { BackgroundDeps } from './deps';
import { createPolicyHandlers } from './policy-handlers';
import { createPopupHandlers } from './popup-handlers';
import { createUiHandlers } from './ui-handlers';

export type { BackgroundDeps } from './deps';

/** Joins each feature's handlers; the `Handlers` type proves every message is covered. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    ...createCaptureHandlers(deps),
    ...createPopupHandlers(deps),
    ...createPolicyHandlers(deps),
    ...createUiHandlers(deps.injectUi),
  };
}
