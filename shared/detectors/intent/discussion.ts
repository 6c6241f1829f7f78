/**
 * Text that quotes an attack in order to ask about it ("is 'ignore previous instructions' a
 * prompt injection?", a security reviewer's checklist) is not an attack. A heuristic hit is
 * dropped when the prompt talks *about* attacks and the hit is quoted or on the same line as
 * that talk. The benign corpus's awesome-chatgpt-prompts rows list such phrases as things to
 * detect, which is why this exists.
 */
const DISCUSSION = /\b(?:what\s+(?:is|are|does)\s+(?:a\s+|an\s+)?(?:prompt[- ]injections?|jailbreak(?:s|ing)?)|(?:detect\w*|classif\w*|flag(?:s|ging)?|label\w*|defend\w*|defen[cs]es?|prevent\w*|mitigat\w*|protect\w*|guard\w*|filter\w*|block\w*|saniti[sz]\w*|recogni[sz]\w*|identif\w*|resist\w*|immune|harden\w*|examples?\s+of|such\s+as)\b[^\n]{0,80}?\b(?:prompt[- ]injections?|injections?|jailbreak\w*|attacks?|malicious|adversarial|manipulation)|(?:prompt[- ]injection|jailbreak|injection)\s+(?:attacks?|attempts?|prompts?)?\s*(?:detect\w*|classif\w*|examples?|such as|e\.g\.|for instance|defen[cs]es?|protection|benchmarks?)|is\s+(?:this|the following|it)\s+(?:a\s+|an\s+)?(?:prompt injection|jailbreak|attack|malicious|safe)\b)/gi;

export interface DiscussionContext {
  /** Line numbers (by start offset of the line) that talk about attacks. */
  readonly lines: readonly [number, number][];
}

/** `null` when the prompt never talks about attacks (the common case, one regex pass). */
export function findDiscussion(text: string): DiscussionContext | null {
  DISCUSSION.lastIndex = 0;
  const lines: [number, number][] = [];
  for (let m = DISCUSSION.exec(text); m !== null; m = DISCUSSION.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const nl = text.indexOf('\n', m.index + m[0].length);
    lines.push([start, nl < 0 ? text.length : nl]);
  }
  return lines.length > 0 ? { lines } : null;
}

function count(text: string, ch: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0 && i < end; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Inside "…", “…”, `…`, a code fence, or opened by a single quote right before it. */
export function isQuoted(text: string, start: number): boolean {
  if (count(text, '"', start) % 2 === 1 || count(text, '`', start) % 2 === 1) return true;
  if (text.lastIndexOf('“', start) > text.lastIndexOf('”', start)) return true;
  const before = text.slice(Math.max(0, start - 2), start);
  return /['‘«]\s?$/.test(before);
}

/** "for example “ignore all previous rules”": a quoted example on the same line. */
const EXAMPLE = /\b(?:for example|for instance|e\.g\.|such as|phrases? like)\b/i;

function lineAt(text: string, offset: number): string {
  const a = text.lastIndexOf('\n', offset) + 1;
  const b = text.indexOf('\n', offset);
  return text.slice(a, b < 0 ? text.length : b);
}

export function isDiscussed(text: string, context: DiscussionContext | null, start: number): boolean {
  if (!context) return isQuoted(text, start) && EXAMPLE.test(lineAt(text, start));
  if (isQuoted(text, start)) return true;
  return context.lines.some(([a, b]) => start >= a && start <= b);
}
