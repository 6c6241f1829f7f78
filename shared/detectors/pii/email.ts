import type { Detector } from '../../engine/types';
import { scanRegex } from './lib/regex-scan';
import { isExampleEmail, nearExampleData } from './lib/example-data';

/**
 * Local part: RFC 5322 dot-atom characters, bounded at 64 (RFC 5321 §4.5.3.1.1). Domain labels are
 * bounded at 63 and separated by dots, so every repeat is anchored on a literal and runs linearly.
 * The TLD must be alphabetic (or an IDNA `xn--` label) to skip `x@1.2` style code.
 */
const EMAIL = /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}(?:[A-Za-z]{2,24}|xn--[a-z0-9-]{1,59})(?![\w-])/g;

export const email: Detector = {
  id: 'pii.email',
  category: 'pii',
  description: 'E-mail addresses.',
  validation: 'RFC 5321 length limits, alphabetic TLD; example.com / test domains downgraded to low',
  severity: 'medium',
  placeholder: 'EMAIL',
  keywords: ['@'],
  detect: ({ text, lower }) =>
    scanRegex(EMAIL, text, (m) => {
      const value = m[0];
      // "git@github.com:org/repo.git" is an SSH remote (user@host:path), not a mailbox.
      if (/^:[\w~./-]/.test(text.slice(m.index + value.length, m.index + value.length + 2))) return null;
      const example = isExampleEmail(value.toLowerCase()) || nearExampleData(lower, m.index, m.index + value.length);
      return {
        start: m.index,
        end: m.index + value.length,
        rule: 'email',
        confidence: example ? 0.4 : 0.9,
        ...(example ? { severity: 'low' as const, note: 'reserved example domain or placeholder address' } : {}),
      };
    }),
};
