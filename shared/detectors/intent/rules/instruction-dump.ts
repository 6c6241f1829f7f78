import type { IntentRule } from '../rule';

/**
 * Extraction by reformatting: instead of "print your system prompt", the prompt asks to
 * summarise, bullet, translate or turn into code/verse "the instructions" — the model's own,
 * since a short prompt has no instructions of the user's to reformat (Tensor Trust extraction
 * moves, garak `leakreplay`). "the instructions" counts only in short prompts (a pasted recipe
 * has instructions of its own); "your instructions" and "pre-prompt" count at any length.
 */
const SHORT_PROMPT_CHARS = 400;
const FORMAT = String.raw`(?:format|list|bullet|explain|summari[sz]e|rewrite|convert|translate|describe|restate|reformat|output|print|repeat|write|compose|complete|put|turn|encode|pseudocode|rap|poem|sonnet|story|song|haiku)`;
const THEIRS = String.raw`(?:your\s+(?:(?:previous|prior|above|initial|original|specific|full|entire|exact|hidden|secret)\s+)*(?:instructions|rules|prompt|directives|guidelines)|(?:the\s+|all\s+(?:the\s+)?)?(?:pre-?prompt|prompt\s+above|instructions\s+(?:above|so far|before this)|above\s+instructions|previous\s+instructions))`;
const THE = String.raw`(?:the|all(?:\s+the)?)\s+(?:(?:above|previous|prior|specific|full|entire)\s+)?(?:instructions|rules)`;

export const instructionDumpRules: readonly IntentRule[] = [
  {
    id: 'instruction-reformat',
    keywords: ['instruction', 'rules', 'prompt', 'directive', 'guideline'],
    pattern: new RegExp(String.raw`\b${FORMAT}\w*\b(?:[^\S\n]+[\w'’-]+){0,6}?[^\S\n]+${THEIRS}\b`, 'gi'),
    confidence: 0.75,
    severity: 'medium',
    note: 'asks the model to reformat or restate its own instructions',
  },
  {
    id: 'short-instruction-reformat',
    keywords: ['instruction', 'rules'],
    precheck: (text) => text.length <= SHORT_PROMPT_CHARS,
    pattern: new RegExp(String.raw`\b${FORMAT}\w*\b(?:[^\S\n]+[\w'’-]+){0,4}?[^\S\n]+${THE}\b(?!\s+(?:for|of|on|in this|below|here)\b)`, 'gi'),
    confidence: 0.65,
    severity: 'medium',
    note: 'a short prompt asking to restate "the instructions" it never gave (the hidden ones)',
  },
];
