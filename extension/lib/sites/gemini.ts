import { composerIo } from './rich-text-adapter';
import { submitViaControl } from './send-control';
import type { SiteAdapter } from './site-adapter';

/** Gemini: a Quill editor inside the `rich-textarea` custom element. Enter sends. */
export const gemini: SiteAdapter = {
  id: 'gemini',
  composerSelectors: [
    // Quill editor, gemini.google.com 2024–2026 (input-area-v2 > rich-textarea).
    'rich-textarea div.ql-editor[contenteditable="true"]',
    // Same editor if the custom element is renamed.
    'div.ql-editor[contenteditable="true"][role="textbox"]',
  ],
  sendSelectors: [
    // 2025–2026: toggles aria-disabled while the composer is empty.
    'button.send-button[aria-label="Send message"]',
    'button.send-button',
  ],
  fileInputSelectors: [
    // Upload menu's hidden input, 2025–2026.
    'input[type="file"]',
  ],
  ...composerIo,
  submit(composer) {
    return submitViaControl(gemini, composer);
  },
  fixtures: ['e2e/fixtures/sites/gemini/index.html'],
};
