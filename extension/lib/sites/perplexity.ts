import { composerIo } from './rich-text-adapter';
import { submitViaControl } from './send-control';
import type { SiteAdapter } from './site-adapter';

/**
 * Perplexity: a Lexical editor. Lexical applies `insertText` from its beforeinput handler and
 * reconciles the DOM a tick later, which `writeText` waits for.
 */
export const perplexity: SiteAdapter = {
  id: 'perplexity',
  composerSelectors: [
    // Lexical composer, www.perplexity.ai since 2025-10 (still in the Feb 2026 refresh).
    'div#ask-input[contenteditable="true"][data-lexical-editor="true"]',
    'div#ask-input[contenteditable="true"]',
    // Pre-Lexical textarea (2024 – 2025-09).
    'textarea[placeholder*="Ask anything"]',
  ],
  sendSelectors: [
    // 2025-10 onwards.
    'button[data-testid="submit-button"]',
    'button[aria-label="Submit"]',
  ],
  fileInputSelectors: [
    // Behind "Add files or tools", 2026.
    'input[type="file"][multiple]',
    'input[type="file"]',
  ],
  ...composerIo,
  submit(composer) {
    return submitViaControl(perplexity, composer);
  },
  fixtures: ['e2e/fixtures/sites/perplexity/index.html'],
};
