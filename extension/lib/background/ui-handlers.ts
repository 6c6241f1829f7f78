/**
 * Worker side of the on-demand dialog (issue #8): injects entrypoints/content-ui.ts into exactly
 * the frame that asked, in the content scripts' own world (the `scripting` API's default), where
 * it registers its API for the content script. The router has already checked that the message
 * comes from this extension's content script on a page of the site it names; this checks the
 * rest of the target. The file is never web-accessible, so no page can load it itself.
 */
import { browser } from 'wxt/browser';
import type { UiMessages } from '../../../shared/protocol/ui-messages';
import type { Handler } from '../messaging/router';

/** The dialog's built file (WXT writes unlisted scripts at the output root). */
export const UI_SCRIPT = '/content-ui.js';

export interface UiTarget {
  readonly tabId: number;
  readonly frameId: number;
}
export type InjectUi = (target: UiTarget) => Promise<void>;

export const injectUiScript: InjectUi = async ({ tabId, frameId }) => {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [UI_SCRIPT] });
};

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

export function createUiHandlers(inject: InjectUi): { [T in keyof UiMessages]: Handler<T> } {
  return {
    'ui/load': async (_payload, sender) => {
      const tabId = sender.tab?.id;
      const { frameId } = sender;
      if (!isId(tabId) || !isId(frameId)) throw new Error('sender is not a frame of a tab');
      await inject({ tabId, frameId });
      return null;
    },
  };
}
