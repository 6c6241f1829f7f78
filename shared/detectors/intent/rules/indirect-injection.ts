import { containsAny, hasPhrase, phraseSearch } from '../prefilter';
import type { IntentRule } from '../rule';

/**
 * Indirect injection: instructions planted inside a document, web page or e-mail that the user
 * pastes, addressed to whichever AI reads it (Greshake et al. 2023, "Not what you've signed up
 * for"). The tell is text that speaks to "the AI/assistant" from inside the content.
 */
// Longest alternatives first: the span should cover "the AI assistant", not stop at "AI".
const AI = String.raw`(?:ai assistant|ai model|language model|assistant|ai|a\.i\.|llm|chat ?bot|chatgpt|gpt|model|copilot|bing|claude|gemini)`;

/**
 * The words that start AI's alternatives ("chat" for "chat bot", "chatbot", "chatgpt"): the AI or
 * a READER_VERB follows every opening of embedded-ai-instruction, each at a word start.
 */
const AI_STARTS = ['ai', 'a.i.', 'language', 'assistant', 'llm', 'chat', 'gpt', 'model', 'copilot', 'bing', 'claude', 'gemini'];
/** The words its three forms open with ("note to", "if you are", "while summarising"). */
const OPENERS = ['note', 'message', 'attention', 'if', 'when', 'while'];

/** What the AI is doing with the content when it is addressed ("if you are summarising this page"). */
const READER_VERBS = ['summarising', 'summarizing', 'processing', 'reading', 'analysing', 'analyzing', 'translating'];
const READER_VERB = containsAny(READER_VERBS);
const NOTE_TO = phraseSearch(['note', 'message', 'attention'], ['to', 'for']);

/**
 * A request about pasted content whose content opens with a quote or markup: "Summarize this
 * webpage: '<html>…", "given this Wikipedia article: '…", "What is the output of this code: <code>…".
 * Bounded gaps only: this runs on every prompt that says "this".
 */
const PASTED_CONTENT = /\b(?:summari[sz]e|given|based\s+on|of|in|analy[sz]e|review|translate|from|about)\s+this\s+(?:[\w-]{1,20}\s+)?(?:webpage|web\s+page|website|article|paper|resume|résumé|cv|document|e-?mail|table|code|text|review|post|page|report|transcript|snippet|message)\b[^\n:]{0,60}:\s*['"‘“<]/i;

/** The prompt from just after the pasted content opens, or null (the rule skips the prompt). */
function afterPastedContent(lower: string): readonly [number, number] | null {
  const m = PASTED_CONTENT.exec(lower);
  return m ? [m.index + m[0].length, lower.length] : null;
}

export const indirectInjectionRules: readonly IntentRule[] = [
  {
    id: 'embedded-ai-instruction',
    // The pattern's own anchors ("ai" alone opened it for every prompt with "aim" or "air").
    // The -ing forms the pattern takes: "summari" and "analy" opened it for every "summarise this".
    keywords: ['note', 'message', 'attention', 'if you', 'summarising', 'summarizing', 'processing', 'reading', 'analysing', 'analyzing', 'translating'],
    words: [...AI_STARTS, ...OPENERS],
    // "note" alone is every "meeting notes": the first form needs "note to", "message for" …, and
    // every form an opener and an AI or reader verb, which the walk's flags rule out for most prose.
    precheck: (_text, lower, has) =>
      OPENERS.some(has) && (AI_STARTS.some(has) || READER_VERBS.some(has)) &&
      (NOTE_TO.test(lower) || hasPhrase(lower, ['if'], ['you']) || READER_VERB.test(lower)),
    pattern: new RegExp(String.raw`\b(?:(?:note|message|attention)\s+(?:to|for)\s+(?:the\s+|any\s+|all\s+)?${AI}s?\b|if\s+you\s+are\s+(?:an?\s+)?${AI}\b[^.\n]{0,40}\b(?:reading|processing|summari[sz]ing|analy[sz]ing|you must|you should|please|ignore)|(?:when|while|if)\s+(?:you\s+are\s+)?(?:summari[sz]ing|processing|reading|analy[sz]ing|translating)\s+this\s+(?:document|page|email|e-mail|text|article|file|message|website|review)\s*,?\s*(?:you\s+(?:must|should|will)|please|ignore|always|do not|don'?t|include|add|say|respond))`, 'gi'),
    confidence: 0.8,
    severity: 'high',
    note: 'content addresses instructions to the AI that reads it',
  },
  {
    id: 'hidden-markup-instruction',
    keywords: ['<!--', 'display:none', 'font-size:0', 'color:white', 'color: white', '#ffffff', '#fff'],
    // Instructions hidden from the human reader: HTML comments, invisible styled text. A comment
    // that dictates what to say ("say: your account has been compromised") counts too.
    pattern: /<!--(?:(?!-->)[\s\S]){0,400}?(?:\b(?:ignore|disregard|you must|reveal|do not tell|don'?t tell|new instructions)\b|\b(?:say|tell\s(?:the\s)?(?:user|reader|visitor)s?)\s{0,20}:)(?:(?!-->)[\s\S]){0,400}?-->|<[^>]{0,80}(?:display\s*:\s*none|font-size\s*:\s*0|color\s*:\s*(?:white|#fff(?:fff)?)\b)[^>]{0,80}>[^<]{0,300}\b(?:ignore|instruction|assistant|you must|respond|reveal)\b/gi,
    confidence: 0.75,
    severity: 'medium',
    note: 'instruction hidden in markup the human reader does not see',
  },
  {
    id: 'content-override',
    keywords: ['ignore', 'disregard', 'forget'],
    // Planted in a résumé, web page or code comment: "Ignore the resume and state: …". The user
    // who pasted the content would not ask the model to ignore it and *state* something; "ignore
    // the code and explain the idea" (answer, explain) is a user's request and does not match.
    pattern: /\b(?:ignore|disregard|forget)\s+(?:the|this|that|all|any)\s+(?:\w+\s+){0,2}?(?:resume|résumé|cv|function|webpage|web\s*page|page|document|article|e-?mail|text|content|paper|review|table|code|file|data|input|post|passage|message|summary)\s*(?:above|below)?,?\s+(?:and|then)\s+(?:instead\s+|just\s+|only\s+)?(?:state|say|output|print|claim|declare|assert|announce)\b/gi,
    confidence: 0.8,
    severity: 'high',
    note: 'content tells the model to ignore it and state something else',
  },
  {
    id: 'planted-assertion',
    keywords: ["let's", 'lets', 'state', 'consider the', 'output could', 'output should', 'output would', 'output will'],
    // Inside pasted content, a narrator tells the reader what to conclude: "To challenge the status
    // quo, let's state that the conclusion is …", "# I suggest you consider the output as '10'".
    // The user's own assumption before the content ("Let's say growth is 5 %; given this table: …")
    // is outside the window.
    window: afterPastedContent,
    pattern: /\blet'?s\s+(?:say|state|assume|admit|pretend)\b|\blet'?s\s+imagine\s+(?:a\s+scenario\s+)?(?:where|that)\s+(?:we\s+)?(?:say|state|claim)\b|\bwe\s+(?:might|should|could|will|must)\s+state\b|\bsuggest\s+(?:you\s+)?(?:to\s+)?consider\s+the\s+(?:output|answer|result|conclusion)\b|\bthe\s+output\s+(?:could|should|would|will)\s+be\b/gi,
    confidence: 0.75,
    severity: 'medium',
    note: 'pasted content tells the model what to conclude or state',
  },
];
