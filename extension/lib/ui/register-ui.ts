import { showDialog } from './dialog';
import { UI_KEY, type UiScope } from './dialog-request';

/**
 * Puts the dialog's API where the content script looks for it (dialog-request.ts). A later
 * injection replaces an earlier one: after an extension update the live content script must get
 * the UI its own worker injected, not one an orphaned predecessor left in the same world.
 */
export function registerUi(scope: UiScope = globalThis as UiScope): void {
  scope[UI_KEY] = { showDialog: (request) => showDialog(request) };
}
