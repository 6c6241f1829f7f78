/**
 * Chatbot sites with a capture adapter, and the hosts each one runs on. The worker uses this to
 * check that a captured prompt really comes from the site it claims.
 */
export const KNOWN_SITES = {
  chatgpt: { name: 'ChatGPT', hosts: ['chatgpt.com', 'chat.openai.com'] },
  gemini: { name: 'Gemini', hosts: ['gemini.google.com'] },
  perplexity: { name: 'Perplexity', hosts: ['www.perplexity.ai'] },
  deepseek: { name: 'DeepSeek', hosts: ['chat.deepseek.com'] },
} as const satisfies Record<string, { readonly name: string; readonly hosts: readonly string[] }>;

export type SiteId = keyof typeof KNOWN_SITES;

export function isSiteId(value: string): value is SiteId {
  return Object.prototype.hasOwnProperty.call(KNOWN_SITES, value);
}

/** Match patterns for a content script's `matches`. */
export function matchPatterns(site: SiteId): string[] {
  return KNOWN_SITES[site].hosts.map((host) => `https://${host}/*`);
}

/** Whether `url` belongs to `site` (exact host; no subdomains unless listed). */
export function urlBelongsTo(site: SiteId, url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && (KNOWN_SITES[site].hosts as readonly string[]).includes(hostname);
  } catch {
    return false;
  }
}
