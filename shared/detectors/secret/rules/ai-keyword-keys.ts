/**
 * AI provider keys with no distinctive prefix (Mistral, Cohere, DeepSeek, Together, Gemini via keyword), found next to the provider name.
 */
import { defineSecretRule } from '../lib/define-secret-rule';

export const aiKeywordKeys = defineSecretRule({
  id: 'secret.ai_provider_key',
  description: 'Mistral, Cohere, DeepSeek, Together AI or other LLM-provider API key next to the provider name.',
  validation: 'Provider-specific length (32/40/64 base62) after the provider name.',
  severity: 'high',
  placeholder: 'API_KEY',
  keywords: ["mistral", "cohere", "deepseek", "together", "fireworks", "anyscale", "voyage"],
  patterns: [
    { rule: 'mistral-key', regex: /(?:mistral)[\w.\-]{0,24}?(?:key|token|secret)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[A-Za-z0-9]{32})(?![\w\-])/gid },
    { rule: 'cohere-key', regex: /(?:cohere)[\w.\-]{0,24}?(?:key|token|secret)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[A-Za-z0-9]{40})(?![\w\-])/gid },
    { rule: 'deepseek-key', regex: /(?:deepseek)[\w.\-]{0,24}?(?:key|token|secret)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>sk-[a-f0-9]{32})(?![\w\-])/gid },
    { rule: 'other-llm-key', regex: /(?:together|fireworks|anyscale|voyage)[\w.\-]{0,24}?(?:key|token|secret)[\w.\-]{0,24}?\\?["'`]?\s{0,4}(?:[:=]{1,3}>?|\?=|\s|-)\s{0,4}\\?["'`]?(?<s>[A-Za-z0-9_\-]{32,80})(?![\w\-])/gid, confidence: 0.7 },
  ],
});
