/**
 * Passwords from the top of breached-password lists (`password123`, `qwerty456`, `letmein42`,
 * `p@ssw0rd99`): a base word everyone tries first, then digits. Pasted on their own they are still
 * somebody's password, but weak and widely guessed, so they are reported low (never flag alone).
 */
import { defineSecretRule } from '../lib/define-secret-rule';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Base words from the most common breached passwords (NCSC/HIBP "top 100k" list heads). */
const BASES = ['password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'letmein', 'qwerty', 'iloveyou', 'welcome', 'monkey', 'dragon', 'sunshine', 'princess', 'football', 'trustno'] as const;

export const weakPassword = defineSecretRule({
  id: 'secret.weak_password',
  description: 'A common breached password (base word + digits), e.g. password123 or qwerty456.',
  validation: 'Common base word + 2\u20134 digits (+ an optional symbol) as a whole token, not an identifier being assigned or called.',
  severity: 'low',
  placeholder: 'PASSWORD',
  confidence: 0.35,
  keywords: BASES,
  // One pattern per base word, each tried only where its word is followed by a digit: the gate
  // keeps `password=password=…` and prose ("password policy") at one comparison per hit.
  patterns: BASES.map((base) => ({
    rule: 'common-password',
    regex: new RegExp(`${base}\\d{2,4}[!@#$%*]?(?![\\w@#$%*!])(?!\\s{0,2}[=:(.\\[])`, 'gi'),
    anchors: [base],
    gate: (text: string, at: number) => isDigit(text.charCodeAt(at + base.length)),
    // Digits are what make a breached password of a word; the placeholder check would call `123…` a typed sequence.
    skipPlaceholderCheck: true,
  })),
});
