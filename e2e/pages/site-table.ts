/**
 * The four fixture sites as the tests drive them: where the composer, send control and upload
 * input are, how a test submits, and how to read the prompt back out of the request body the
 * page sent (each site's own wire format).
 */
export type SiteKey = 'chatgpt' | 'gemini' | 'perplexity' | 'deepseek';

export interface SiteSpec {
  readonly key: SiteKey;
  readonly origin: string;
  /** The same fixture on an origin without a content script, for baseline measurements. */
  readonly baselineOrigin: string;
  readonly composer: string;
  readonly send: string;
  readonly fileInput: string;
  /** How the risky-prompt test submits on this site; the table covers both ways. */
  readonly submitBy: 'enter' | 'click';
  readonly apiPath: string;
  readonly promptOf: (body: string) => string;
}

export const SITES: readonly SiteSpec[] = [
  {
    key: 'chatgpt',
    origin: 'https://chatgpt.com',
    baselineOrigin: 'https://chatgpt.baseline.test',
    composer: '#prompt-textarea',
    send: '[data-testid="send-button"]',
    fileInput: 'input[type="file"]',
    submitBy: 'enter',
    apiPath: '/backend-api/f/conversation',
    promptOf: (body) => (JSON.parse(body) as { messages: { content: { parts: string[] } }[] }).messages[0]!.content.parts[0]!,
  },
  {
    key: 'gemini',
    origin: 'https://gemini.google.com',
    baselineOrigin: 'https://gemini.baseline.test',
    composer: 'rich-textarea .ql-editor',
    send: 'button.send-button',
    fileInput: 'input[type="file"]',
    submitBy: 'click',
    apiPath: '/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate',
    promptOf: (body) => {
      const freq = new URLSearchParams(body).get('f.req') ?? '[]';
      const inner = (JSON.parse(freq) as [null, string])[1];
      return (JSON.parse(inner) as [[string]])[0][0];
    },
  },
  {
    key: 'perplexity',
    origin: 'https://www.perplexity.ai',
    baselineOrigin: 'https://perplexity.baseline.test',
    composer: '#ask-input',
    send: '[data-testid="submit-button"]',
    fileInput: 'input[type="file"]',
    submitBy: 'enter',
    apiPath: '/rest/sse/perplexity_ask',
    promptOf: (body) => {
      const { query_str, params } = JSON.parse(body) as { query_str: string; params: { dsl_query: string } };
      // The real app sends the prompt twice; both copies must be the same text.
      if (query_str !== params.dsl_query) throw new Error('query_str and dsl_query differ');
      return query_str;
    },
  },
  {
    key: 'deepseek',
    origin: 'https://chat.deepseek.com',
    baselineOrigin: 'https://deepseek.baseline.test',
    composer: 'textarea#chat-input',
    send: 'input[type="file"] + div[role="button"]',
    fileInput: 'input[type="file"]',
    submitBy: 'click',
    apiPath: '/api/v0/chat/completion',
    promptOf: (body) => (JSON.parse(body) as { prompt: string }).prompt,
  },
];
