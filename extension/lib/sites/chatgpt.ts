import { composerIo } from './rich-text-adapter';
import { submitViaControl } from './send-control';
import type { SiteAdapter } from './site-adapter';

/** ChatGPT: a ProseMirror composer (since ~2024-09). Enter sends, Shift+Enter adds a line. */
export const chatgpt: SiteAdapter = {
  id: 'chatgpt',
  composerSelectors: [
    // ProseMirror composer, chatgpt.com since ~2024-09.
    'div#prompt-textarea.ProseMirror[contenteditable="true"]',
    // Same element when the class is renamed.
    'div#prompt-textarea[contenteditable="true"]',
    // Pre-ProseMirror composer (2023–2024). A hidden textarea also exists next to the
    // ProseMirror editor, so the id is required.
    'textarea#prompt-textarea',
  ],
  sendSelectors: [
    // 2025-05 onwards.
    'button[data-testid="send-button"]',
    'button[aria-label="Send message"]',
    // Seen in 2025 builds of the unified composer.
    'button#composer-submit-button',
  ],
  fileInputSelectors: [
    // Unified composer 2025–2026: hidden multi-file input behind the "+" button.
    'form[data-type="unified-composer"] input[type="file"]',
    'input[type="file"][multiple]',
  ],
  ...composerIo,
  submit(composer) {
    return submitViaControl(chatgpt, composer);
  },
  fixtures: ['e2e/fixtures/sites/chatgpt/index.html'],
};
