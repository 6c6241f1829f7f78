/**
 * Catch-all for credentials assigned to a secret-named variable in config, code or prose:
 * `DB_PASSWORD=…`, `"client_secret": "…"`, `--api-key …`, `the password is …`. Provider rules
 * are precise; this one is what catches the long tail of 600+ SaaS keys that have no prefix.
 */
import type { Candidate, DetectorInput } from '../../../engine/types';
import { findAssignments, identifierWords } from '../lib/assignment';
import { defineContextRule } from '../lib/define-context-rule';
import { shannonEntropy } from '../lib/entropy';
import { looksRandom, notASecretReason } from '../lib/value-shape';

/** Keyword hits that start an identifier scan (case-insensitive). */
const KEYWORD = /passw|passphrase|pwd|secret|token|key|auth|credential|pass\b|access|private/gi;
/** Names ending in these are unambiguous: a value here is meant to be secret. */
const STRONG_SUFFIXES = [
  'password', 'passwd', 'passphrase', 'pwd', 'secret', 'token', 'apikey', 'secretkey', 'accesskey',
  'privatekey', 'authkey', 'masterkey', 'signingkey', 'encryptionkey', 'credentials', 'credential', 'licensekey',
] as const;
/** Last words that are weaker hints (`key` also names map keys, `auth` a mode). */
const WEAK_LAST_WORDS = new Set(['key', 'pass', 'pw', 'auth', 'pat', 'cred', 'creds', 'access', 'private']);
/** Names that hold public or non-secret material even though they contain a keyword. */
const NON_SECRET_WORDS = new Set(['public', 'publishable', 'pub']);
const PASSWORD_WORDS = /pass|pwd|pw$/;

/** Random-looking values of at least this length and entropy get `high` severity. */
const HIGH_SEVERITY_LENGTH = 16;
const HIGH_SEVERITY_ENTROPY = 3.5;

function strength(name: string, before: string): 'strong' | 'weak' | null {
  const words = identifierWords(name);
  if (words.length === 0 || words.some((w) => NON_SECRET_WORDS.has(w))) return null;
  const flat = words.join('');
  if (STRONG_SUFFIXES.some((s) => flat.endsWith(s))) return 'strong';
  const last = words[words.length - 1] ?? '';
  if (!WEAK_LAST_WORDS.has(last) && !/(?:key|access|private)$/.test(flat)) return null;
  // `tefter SECRET KEY …`, `x-api key …`: a secret word just before upgrades the name.
  return /(?:secret|private|api|access|auth)[ _\-]?$/i.test(before) ? 'strong' : 'weak';
}

export function detectAssignments(input: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  for (const a of findAssignments(input.text, KEYWORD)) {
    const before = input.text.slice(Math.max(0, a.nameStart - 12), a.nameStart);
    const s = strength(a.name, before);
    if (!s) continue;
    // `--password X` / `-Password X` is explicit even without `=`; `token limit` is not.
    const bare = a.operator === ' ' && !a.name.startsWith('-');
    const isPassword = PASSWORD_WORDS.test(a.name.toLowerCase());
    const explicit = a.quoted || a.operator === '=';
    if (notASecretReason(a.value) || !looksRandom(a.value, s === 'strong' && !bare, isPassword && explicit)) continue;
    const entropy = shannonEntropy(a.value);
    const random = a.value.length >= HIGH_SEVERITY_LENGTH && entropy >= HIGH_SEVERITY_ENTROPY;
    out.push({
      start: a.valueStart,
      end: a.valueEnd,
      rule: isPassword ? 'password-assignment' : 'secret-assignment',
      confidence: (s === 'strong' ? 0.6 : 0.45) + (random ? 0.15 : 0) - (bare ? 0.1 : 0),
      severity: isPassword || random ? 'high' : 'medium',
      placeholder: isPassword ? 'PASSWORD' : 'SECRET',
      validator: { name: 'entropy', passed: random, detail: `${entropy.toFixed(2)} bits/char` },
    });
  }
  return out;
}

export const genericAssignment = defineContextRule({
  id: 'secret.generic_assignment',
  description: 'A random-looking value assigned to a variable, key or flag named like a password, secret, token or API key.',
  validation: 'Name must end in a secret word; value must not be code, a path, a constant name or a version, and must pass a length/entropy test.',
  severity: 'high',
  placeholder: 'SECRET',
  keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'credential', 'access', 'private'],
  find: detectAssignments,
  vectors: {
    positive: [
      { text: 'DB_PASSWORD=Xk9#mQ2!vL7pW4zR', match: 'Xk9#mQ2!vL7pW4zR' },
      { text: '"client_secret": "d151c7bc86d545dafe2c1de75e3a1746232q0a2a"', match: 'd151c7bc86d545dafe2c1de75e3a1746232q0a2a' },
      { text: 'mytool --api-key "f9Kq2LmZ8xWp4RtY7vBn3HcJ"', match: 'f9Kq2LmZ8xWp4RtY7vBn3HcJ' },
      { text: 'ACME_TOKEN ?= "a8f3k2m9q4w7e1r5t6y0u2i8"', match: 'a8f3k2m9q4w7e1r5t6y0u2i8' },
      { text: 'my vpn password is Tr0ub4dor&3x, can you fix the script?', match: 'Tr0ub4dor&3x' },
    ],
    negative: [
      'password = "${DB_PASSWORD}"',
      'public_key = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
      'kms_key_id: "555ea4a3-d53a-4412-9c66-3a7cb667b0d6"',
      'LLM_SECRET_NAME = "NEXUS-GPT4-API-KEY"',
      'const token = getToken(request);',
      'key_length = XSalsa20.key_length',
      'Act as a password generator for my team.',
    ],
  },
});
