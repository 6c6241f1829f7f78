/**
 * The one boundary between the content script and the in-page UI, two separately built scripts
 * (the UI is injected on demand: extension/lib/ui-loader/load-ui.ts). The content script imports
 * only these types; the UI registers `InPageUi` under `UI_KEY` on the isolated world's global,
 * which the page's own scripts cannot see. Requests are plain data, so their field names are a
 * protocol: mangle-props.test.ts keeps the build from renaming them in either script.
 */
import type { VerdictFinding } from '../../../shared/enforcement/verdict';

export type Subject = 'prompt' | 'paste' | 'upload';

/** Why a block stopped something its findings alone do not explain (the text lives in strings.ts). */
export type NoteKey = 'capped' | 'timeout' | 'redactFailed';

export type DialogRequest =
  | {
      readonly kind: 'warn';
      readonly subject: Subject;
      readonly findings: readonly VerdictFinding[];
      /** The text the findings index into, for highlighted context (absent for files). */
      readonly text?: string;
      readonly canRedact: boolean;
      readonly requireJustification: boolean;
    }
  | {
      readonly kind: 'block';
      readonly subject: Subject;
      readonly findings: readonly VerdictFinding[];
      readonly text?: string;
      readonly noticeUrl: string | null;
      readonly note?: NoteKey;
    };

/** `reload` comes only from the content script's own fallback notice (ui-loader/fallback-notice.ts). */
export type DialogChoice = 'edit' | 'redact' | 'send-anyway' | 'dismissed' | 'reload';
export interface DialogResult {
  readonly choice: DialogChoice;
  readonly justification?: string;
}

export interface InPageUi {
  /** Shows one dialog at a time; later requests wait for the earlier ones. */
  showDialog(request: DialogRequest): Promise<DialogResult>;
}

/** Where the injected UI puts its API: a registry symbol, the same in every script of the world. */
export const UI_KEY: unique symbol = Symbol.for('sightline.ui');

export type UiScope = { [UI_KEY]?: InPageUi };
