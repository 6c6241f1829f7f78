import type { IntentRule } from '../rule';

/**
 * Fake conversation boundaries: the prompt closes the "user" part and opens a forged system or
 * admin section, or uses a model's special tokens, so the model treats what follows as trusted
 * instructions (Tensor Trust's "%%% END USER INPUT %%%", ChatML `<|im_start|>system`).
 */
export const injectedDelimiterRules: readonly IntentRule[] = [
  {
    id: 'fake-delimiter',
    keywords: ['end', 'begin', 'start', 'system', 'admin', 'override'],
    pattern: /(?:%{2,}|#{3,}|={3,}|-{3,}|\[{1,2}|<{1,2}|\*{2,})\s*(?:end\s+(?:of\s+)?(?:the\s+)?(?:(?:user|untrusted)\s*(?:input|prompt|instructions?|ambiguity|query|message)|ambiguity|(?:out of date|old|previous|original)\s+instructions)|(?:begin|start)\s+(?:of\s+)?(?:the\s+)?(?:new\s+|extra\s+|real\s+|true\s+|updated\s+)?(?:[\w-]+\s+)?(?:system|admin(?:istrator)?|developer|override)\s*(?:prompt|instructions?|mode|override)?)\b/gi,
    confidence: 0.8,
    severity: 'high',
    note: 'forges a boundary between user input and system instructions',
  },
  {
    id: 'special-token',
    keywords: ['<|', '[inst]', '[/inst]', '<<sys>>'],
    // Chat-template control tokens have no business in a typed prompt unless the user is
    // asking about them; the quoting check drops the latter.
    pattern: /<\|(?:im_start|im_end|endoftext|system|assistant|end_header_id|start_header_id|eot_id)\|>(?:\s*(?:system|assistant))?|\[\/?INST\]|<<\/?SYS>>/gi,
    confidence: 0.7,
    severity: 'medium',
    note: 'contains chat-template control tokens',
  },
  {
    id: 'forged-authority',
    keywords: ['system', 'admin', 'developer', 'openai', 'root'],
    // "SYSTEM OVERRIDE:", "[ADMIN]: new policy", "message from the developers:".
    pattern: /(?:^|\n)\s*[[(*#]*\s*(?:(?:system|admin(?:istrator)?|developer|root)\s+override\s*:|(?:system|admin(?:istrator)?|developer|root|openai)\s*(?:override|message|update|notice|alert|command|mode)?\s*[\])*]*\s*:\s*(?=[^\n]*\b(?:ignore|disregard|override|from now on|you (?:must|will|are now)|new (?:instructions|rules)|reveal|access granted)\b))/gi,
    confidence: 0.75,
    severity: 'medium',
    note: 'impersonates a system or admin message',
  },
];
