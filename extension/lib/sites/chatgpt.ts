import type { SiteAdapter } from './site-adapter';
import { contentEditableText } from './contenteditable-text';

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
  readText: (composer) =>
    composer instanceof HTMLTextAreaElement ? composer.value : contentEditableText(composer),
  fixtures: ['e2e/fixtures/sites/chatgpt/index.html'],
};
