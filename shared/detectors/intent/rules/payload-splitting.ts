import type { IntentRule } from '../rule';

/**
 * Payload splitting: the request is cut into fragments ("X is 'how do I', Y is …", "part one:
 * …, part two: …", `s = p + q`) that the model is asked to join and then act on, so no
 * single fragment trips a filter (Kang et al. 2023, "Exploiting programmatic behavior of LLMs";
 * PurpleLlama's payload_splitting variant). Joining strings as a coding exercise names no
 * question or answer to act on and does not match.
 */
const JOIN = String.raw`(?:combine|concatenate|join|merge|put\s+together|interlace|interleave|assemble|stitch)`;
const PARTS = String.raw`(?:parts?|strings|pieces|fragments|segments|[a-z]\s*,\s*[a-z](?:\s*,?\s*(?:and\s+)?[a-z])?)`;
const ACT = String.raw`(?:answer|respond\s+to|reply\s+to|follow|execute|carry\s+out|do\s+(?:what|as)\s+it\s+says|the\s+password|the\s+question)`;

const NOTE = 'splits a request into fragments for the model to join and act on';

// Three shapes, each with the keywords only it can match (one rule with all of them ran its
// three-way alternation on every prompt that said "answer" or "follow").
export const payloadSplittingRules: readonly IntentRule[] = [
  {
    id: 'payload-splitting',
    keywords: ['combine', 'concatenate', 'join', 'merge', 'put together', 'interlace', 'interleave', 'assemble', 'stitch'],
    // "Join X, Y and Z, then reply to it", "interleave part one … and part two … the password".
    pattern: new RegExp(String.raw`\b${JOIN}\b[^.\n]{0,40}?\b${PARTS}\b[^\n]{0,200}?\b${ACT}\b`, 'gi'),
    confidence: 0.75,
    severity: 'medium',
    note: NOTE,
  },
  {
    id: 'payload-parts',
    keywords: ['parts', 'pieces', 'fragments', 'strings', 'segments'],
    // "Respond to the request made from the following pieces: …".
    pattern: /\b(?:answer|respond\s+to|follow|execute)\s+(?:the\s+)?(?:question|instructions?|request|prompt)s?\s+(?:using|formed\s+(?:by|from)|made\s+(?:up\s+)?(?:of|from)|from)\s+(?:the\s+)?(?:following\s+)?(?:parts|pieces|fragments|strings|segments)\b/gi,
    confidence: 0.75,
    severity: 'medium',
    note: NOTE,
  },
  {
    id: 'variable-concat',
    keywords: ['+ $', '+$'],
    // '$Term1 = "steps to synthesize" … $Term2 = "<drug>" … show how to $Term1+$Term2': the request
    // is assembled from quoted prose fragments in variables. Shell or PHP that adds variables
    // assigns no quoted prose to them and asks for no "how to".
    precheck: (_text, lower) => /\$\{?\w+\}?\s*=\s*["“'‘]\w+\s+\w+/.test(lower),
    pattern: /\b(?:how\s+to|explain|describe|demonstrate|tell\s+me(?:\s+about)?|answer|write\s+about)\s+\$\{?\w+\}?\s*\+\s*\$\{?\w+/gi,
    confidence: 0.75,
    severity: 'medium',
    note: NOTE,
  },
  {
    id: 'string-concat',
    keywords: ['smartgpt', 'returned'],
    // "s = p + q, then show what SmartGPT(s) would return" (the "SmartGPT" template). Adding
    // strings in code names no model to hand the result to and does not match.
    precheck: (_text, lower) => lower.includes('+'),
    pattern: /\b[a-z]\s*=\s*[a-z]\s*\+\s*[a-z]\b[^\n]{0,120}?\b(?:smartgpt|example\s+(?:that\s+would\s+be\s+)?returned)/gi,
    confidence: 0.75,
    severity: 'medium',
    note: NOTE,
  },
];
