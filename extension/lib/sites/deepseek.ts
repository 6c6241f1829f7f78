import { composerIo } from './rich-text-adapter';
import { submitViaControl } from './send-control';
import type { SiteAdapter } from './site-adapter';

/**
 * DeepSeek: a React textarea with hashed class names (they rotate, so none are used) and a
 * `div[role=button]` send control that is not a <button> (no `:disabled`, only aria-disabled).
 */
export const deepseek: SiteAdapter = {
  id: 'deepseek',
  composerSelectors: [
    // chat.deepseek.com 2024–2026 (placeholder "Message DeepSeek").
    'textarea#chat-input',
    'textarea[placeholder*="DeepSeek"]',
  ],
  sendSelectors: [
    // 2025–2026: the send control follows the hidden file input (CodeWebChat's selector, 2026-08).
    'input[type="file"] + div[role="button"]',
    // Icon buttons of the composer, when the file input moves.
    'div[role="button"].ds-icon-button[aria-label="Send"]',
  ],
  fileInputSelectors: [
    // Hidden input next to the send control, 2025–2026.
    'input[type="file"]',
  ],
  ...composerIo,
  submit(composer) {
    return submitViaControl(deepseek, composer);
  },
  fixtures: ['e2e/fixtures/sites/deepseek/index.html'],
};
