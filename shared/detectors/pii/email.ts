import type { Detector } from '../../engine/types';
import { MAX_MATCHES_PER_DETECTOR } from './lib/regex-scan';
import { isExampleEmail, nearExampleData } from './lib/example-data';

/**
 * Local part: RFC 5322 dot-atom characters, bounded at 64 (RFC 5321 §4.5.3.1.1). Domain labels are
 * bounded at 63 and separated by dots, so every repeat is anchored on a literal and runs linearly.
 * The TLD must be alphabetic (or an IDNA `xn--` label) to skip `x@1.2` style code.
 */
const DOMAIN = '(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,8}(?:[A-Za-z]{2,24}|xn--[a-z0-9-]{1,59})(?![\\w-])';
const EMAIL_AT = new RegExp(`(?<![\\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@${DOMAIN}`, 'y');
/**
 * The domain alone, tried right after each '@' first: without one there is no address, and the
 * local part before it is not read (nor backtracked over) at all. On a long near-miss such as
 * "a.b.c.d.e@a.b.c.d.e@…" every '@' fails there, at about half the cost of the whole pattern.
 */
const DOMAIN_AT = new RegExp(DOMAIN, 'y');
/** Local-part characters, walked back from each '@'. */
const isLocal = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;

/**
 * Anchored on '@' (`indexOf`): the match can only start where the run of local-part characters
 * before it starts (the look-behind refuses any later start), so the sticky pattern is tried once
 * per '@' instead of at every position of the text.
 */
function findEmails(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0 && out.length < MAX_MATCHES_PER_DETECTOR; at = text.indexOf('@', Math.max(at + 1, from))) {
    let start = at;
    DOMAIN_AT.lastIndex = at + 1;
    if (!DOMAIN_AT.test(text)) continue;
    while (start > from && at - start <= 64 && isLocal(text.charCodeAt(start - 1))) start--;
    EMAIL_AT.lastIndex = start;
    const m = EMAIL_AT.exec(text);
    if (!m) continue;
    out.push(m);
    from = start + m[0].length;
  }
  return out;
}

export const email: Detector = {
  id: 'pii.email',
  category: 'pii',
  description: 'E-mail addresses.',
  validation: 'RFC 5321 length limits, alphabetic TLD; example.com / test domains downgraded to low',
  severity: 'medium',
  placeholder: 'EMAIL',
  keywords: ['@'],
  detect: ({ text, lower }) =>
    findEmails(text).flatMap((m) => {
      const value = m[0];
      // "git@github.com:org/repo.git" is an SSH remote (user@host:path), not a mailbox.
      if (/^:[\w~./-]/.test(text.slice(m.index + value.length, m.index + value.length + 2))) return [];
      const example = isExampleEmail(value.toLowerCase()) || nearExampleData(lower, m.index, m.index + value.length);
      return [{
        start: m.index,
        end: m.index + value.length,
        rule: 'email',
        confidence: example ? 0.4 : 0.9,
        ...(example ? { severity: 'low' as const, note: 'reserved example domain or placeholder address' } : {}),
      }];
    }),
};
