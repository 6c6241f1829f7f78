/**
 * Text that quotes an attack in order to ask about it ("is 'ignore previous instructions' a
 * prompt injection?", a security reviewer's checklist) is not an attack. A heuristic hit is
 * dropped when the prompt talks *about* attacks and the hit is quoted or on the same line as
 * that talk. The benign corpus's awesome-chatgpt-prompts rows list such phrases as things to
 * detect, which is why this exists.
 */
const DISCUSSION = /\b(?:what\s+(?:is|are|does)\s+(?:a\s+|an\s+)?(?:prompt[- ]injections?|jailbreak(?:s|ing)?)|(?:detect\w*|classif\w*|flag(?:s|ging)?|label\w*|defend\w*|defen[cs]es?|prevent\w*|mitigat\w*|protect\w*|guard\w*|filter\w*|block\w*|saniti[sz]\w*|recogni[sz]\w*|identif\w*|resist\w*|immune|harden\w*|examples?\s+of|such\s+as)\b[^\n.!?]{0,80}?\b(?:prompt[- ]injections?|injections?|jailbreaks|jailbreaking|jailbreak\s+(?:attempts?|prompts?|attacks?)|attacks?|malicious|adversarial|manipulation)\b|(?:prompt[- ]injection|jailbreak|injection)\s+(?:attacks?|attempts?|prompts?)?\s*(?:detect\w*|classif\w*|examples?|such as|e\.g\.|for instance|defen[cs]es?|protection|benchmarks?)|is\s+(?:this|the following|it)(?:\s+(?:text|message|prompt|input|e-?mail|document|string|request))?\s+(?:a\s+|an\s+)?(?:prompt injection|jailbreak|attack|malicious|safe)\b|\b(?:a|an)\s+(?:prompt[- ]injection|jailbreak)(?:\s+(?:attack|attempt))?\s*\?)/gi;

export interface DiscussionContext {
  /** Spans [start, end) that talk about attacks: the sentence of each match and the one after it. */
  readonly lines: readonly [number, number][];
}

/**
 * How far past a discussion match its context reaches: the rest of its sentence and the next one
 * ("What is a prompt injection? Ignore previous instructions is the classic."), never the rest of
 * a one-line 2,000-character jailbreak that happens to say "filters" near its persona's name.
 */
const CONTEXT_REACH = 300;

function sentenceStart(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && text[i] !== '\n' && !/[.!?]/.test(text[i]!)) i--;
  return i + 1;
}

function contextEnd(text: string, offset: number): number {
  const limit = Math.min(text.length, offset + CONTEXT_REACH);
  let sentences = 0;
  for (let i = offset; i < limit; i++) {
    const c = text[i]!;
    if (c === '\n') return i;
    if ((c === '.' || c === '!' || c === '?') && ++sentences === 2) return i + 1;
  }
  return limit;
}

/** `null` when the prompt never talks about attacks (the common case, one regex pass). */
export function findDiscussion(text: string): DiscussionContext | null {
  DISCUSSION.lastIndex = 0;
  const lines: [number, number][] = [];
  for (let m = DISCUSSION.exec(text); m !== null; m = DISCUSSION.exec(text)) {
    lines.push([sentenceStart(text, m.index), contextEnd(text, m.index + m[0].length)]);
  }
  return lines.length > 0 ? { lines } : null;
}

/** How far a quotation may reach around a hit: quoted attack phrases are short. */
const QUOTE_REACH = 200;

function count(text: string, ch: string, from: number, end: number): number {
  let n = 0;
  for (let i = text.indexOf(ch, from); i >= 0 && i < end; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const b = text.indexOf('\n', offset);
  return b < 0 ? text.length : b;
}

/**
 * Inside "…", “…” or `…` that open and close on the hit's line within QUOTE_REACH of it, or
 * opened by a single quote right before it. Quote parity over the whole prompt (the first
 * version) let one stray quote early in a long jailbreak template "quote" everything after it.
 */
export function isQuoted(text: string, start: number): boolean {
  const a = Math.max(lineStart(text, start), start - QUOTE_REACH);
  const b = Math.min(lineEnd(text, start), start + QUOTE_REACH);
  for (const q of ['"', '`']) {
    if (count(text, q, a, start) % 2 === 1 && count(text, q, start, b) > 0) return true;
  }
  const open = text.lastIndexOf('“', start);
  if (open >= a && open > text.lastIndexOf('”', start)) {
    const close = text.indexOf('”', start);
    if (close >= 0 && close < b) return true;
  }
  const before = text.slice(Math.max(0, start - 2), start);
  return /['‘«]\s?$/.test(before);
}

/** Inside a ``` fence: a pasted sample, quoted only when the prompt also talks about attacks. */
function inFence(text: string, start: number): boolean {
  return count(text, '```', 0, start) % 2 === 1;
}

/** "for example “ignore all previous rules”": a quoted example on the same line. */
const EXAMPLE = /\b(?:for example|for instance|e\.g\.|such as|(?:phrases?|prompts?|inputs?|messages?|attacks?|strings?|things?)\s+like)\b/i;

function lineAt(text: string, offset: number): string {
  const a = text.lastIndexOf('\n', offset) + 1;
  const b = text.indexOf('\n', offset);
  return text.slice(a, b < 0 ? text.length : b);
}

export function isDiscussed(text: string, context: DiscussionContext | null, start: number): boolean {
  if (!context) return isQuoted(text, start) && EXAMPLE.test(lineAt(text, start));
  if (isQuoted(text, start) || inFence(text, start)) return true;
  return context.lines.some(([a, b]) => start >= a && start <= b);
}
