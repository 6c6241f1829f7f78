/**
 * Static screen for regular expressions written by policy authors. JavaScript's backtracking engine
 * has no linear-time mode, so a pattern like `(a+)+$` can hang the tab on a crafted prompt (ReDoS).
 * We reject the shapes that cause super-linear backtracking instead of trying to time regexes out,
 * which the page cannot do synchronously.
 */

/** Long enough for any real code-name or ticket-id pattern. */
export const MAX_CUSTOM_REGEX_LENGTH = 512;

const REPEAT_AFTER = /^(?:[*+]|\{\d*,\d*\}|\{\d{2,}\})/;
const BROAD_UNBOUNDED = /(?:\.|\\[wWsSdD]|\[\^[^\]]*\])[*+]/g;

/** Returns why `source` is unsafe, or null when it passes every check. */
export function unsafeRegexReason(source: string): string | null {
  if (source.length === 0) return 'empty pattern';
  if (source.length > MAX_CUSTOM_REGEX_LENGTH) return `longer than ${MAX_CUSTOM_REGEX_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(source)) return 'backreferences are not allowed (no linear-time match)';
  // Two unbounded broad atoms (`.*foo.*`) backtrack polynomially on a near-miss.
  if ((source.match(BROAD_UNBOUNDED)?.length ?? 0) > 1) return 'more than one unbounded wildcard (.*, \\w+, [^x]+)';
  // Star height > 1: a repeated group that itself contains a repetition, e.g. (a+)+ or (\w|\d)*.
  const groups: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') groups.push(false);
    else if (c === ')') {
      const containsRepeat = groups.pop() ?? false;
      const repeated = REPEAT_AFTER.test(source.slice(i + 1, i + 8));
      if (containsRepeat && repeated) return 'nested repetition such as (a+)+ (catastrophic backtracking)';
      if (containsRepeat || repeated) markEnclosing(groups);
    } else if (c === '*' || c === '+' || (c === '{' && REPEAT_AFTER.test(source.slice(i, i + 8)))) {
      markEnclosing(groups);
    } else if (c === '|' && groups.length > 0) {
      // Alternation inside a repeated group (a|ab)* can also backtrack exponentially.
      groups[groups.length - 1] = true;
    }
  }
  return null;
}

function markEnclosing(groups: boolean[]): void {
  if (groups.length > 0) groups[groups.length - 1] = true;
}
