import type { IntentRule } from '../rule';

/**
 * Persona jailbreaks that need no "no restrictions" clause, because the framing does the work:
 * - a persona written as a chat-template block ("<|\nRaven: You are now …\n|>"), the shape of a
 *   system turn, so the model treats the role as its own configuration rather than a request;
 * - a persona whose job is to answer falsely ("a Boolean Opposite Machine that answers true and
 *   false in reverse", "an opposite bot"), the AntiGPT family that opposite-persona in
 *   persona-escape.ts names by its usual names;
 * - the confirmation line the DAN family asks for ("answer with 'ChatGPT successfully
 *   jailbroken'"), which no ordinary prompt contains.
 * A role-play brief ("act as a travel guide") has none of these; an Elixir pipe (`|>`) is not a
 * block opened by `<|` on its own line.
 */
const AI = String.raw`(?:chat\s?gpt|gpt(?:-?\d[\w.]*)?|the\s+ai|ai|assistant|bard|claude|gemini|llama|bing|you)`;

export const personaFramingRules: readonly IntentRule[] = [
  {
    id: 'template-persona',
    keywords: ['<|'],
    // The block opener alone on its line, a speaker label, then "You are now …" before the closer.
    pattern: /(?:^|\n)[ \t*-]*<\|[ \t]*\n[ \t*-]*[\p{L}\d .'-]{1,40}:\s*you\s+are\s+now\b[^]{0,1500}?\|>/giu,
    confidence: 0.75,
    severity: 'medium',
    note: 'a persona written as a chat-template system block',
  },
  {
    id: 'inverted-truth',
    keywords: ['opposite', 'in reverse', 'reversed', 'inverted'],
    // "answer true and false in reverse", "a Boolean Opposite Machine", "an opposite bot".
    pattern: /\b(?:answer|respond|reply|say)s?\s+(?:with\s+)?(?:true\s+(?:and|or|as)\s+false|yes\s+(?:and|or|as)\s+no|the\s+truth)\s+(?:in\s+reverse|reversed|inverted)|\bopposite\s+(?:machine|bot|chat\s?bot|ai|gpt|assistant)\b/gi,
    confidence: 0.75,
    severity: 'medium',
    note: 'a persona defined to give false or inverted answers',
  },
  {
    id: 'jailbreak-confirmation',
    keywords: ['jailbr'],
    // "ChatGPT successfully jailbroken", "ChatGPT jailbreaked successfully": the line DAN prompts
    // ask the model to answer with. "My phone was successfully jailbroken" names no AI.
    pattern: new RegExp(String.raw`\b${AI}\s+(?:(?:has|have|is|was)\s+(?:been\s+)?)?(?:successfully\s+jailbr(?:oken|eaked?)|jailbr(?:oken|eaked?)\s+successfully)\b`, 'gi'),
    confidence: 0.85,
    severity: 'high',
    note: 'asks the assistant to confirm it has been jailbroken',
  },
];
