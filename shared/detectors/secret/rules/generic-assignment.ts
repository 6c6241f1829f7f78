/**
 * Catch-all for credentials assigned to a secret-named variable in config, code or prose:
 * `DB_PASSWORD=…`, `"client_secret": "…"`, `--api-key …`, `the password is …`. Provider rules
 * are precise; this one is what catches the long tail of 600+ SaaS keys that have no prefix.
 */
import type { Candidate, DetectorInput } from '../../../engine/types';
import { assignedValue, identifierAt, identifierWords } from '../lib/assignment';
import { defineContextRule } from '../lib/define-context-rule';
import { shannonEntropy } from '../lib/entropy';
import { looksRandom, notASecretReason } from '../lib/value-shape';

/** Anchor literals that start an identifier scan; `pass` only as a whole word (`pass`, `db_pass`). */
const KEYWORDS = ['passw', 'passphrase', 'pwd', 'secret', 'token', 'key', 'auth', 'credential', 'pass', 'access', 'private'] as const;
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
/** Assignments and comparisons (`==`, `!=`) that put a literal value next to the name. */
const EXPLICIT_OPERATORS = new Set(['=', '==', '!=', ':=', '=>', '::=']);

/** Random-looking values of at least this length and entropy get `high` severity. */
const HIGH_SEVERITY_LENGTH = 16;
const HIGH_SEVERITY_ENTROPY = 3.5;

/** Flattened names that can pass `strength` end in one of these (cheap pre-check). */
const SECRET_ENDING = /(?:password|passwd|passphrase|pwd|secret|token|key|credentials?|pass|pw|auth|pat|creds?|access|private)$/;

function strength(name: string, before: string): 'strong' | 'weak' | null {
  if (!SECRET_ENDING.test(name.toLowerCase().replace(/[^a-z0-9]/g, ''))) return null;
  const words = identifierWords(name);
  if (words.length === 0 || words.some((w) => NON_SECRET_WORDS.has(w))) return null;
  const flat = words.join('');
  if (STRONG_SUFFIXES.some((s) => flat.endsWith(s))) return 'strong';
  const last = words[words.length - 1] ?? '';
  if (!WEAK_LAST_WORDS.has(last) && !/(?:key|access|private)$/.test(flat)) return null;
  // `tefter SECRET KEY …`, `x-api key …`: a secret word just before upgrades the name.
  return /(?:secret|private|api|access|auth)[ _\-]?$/i.test(before) ? 'strong' : 'weak';
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /\w/.test(ch);
}

export function assignmentRuleAt(input: DetectorInput, at: number, anchor: string, out: Candidate[]): number {
  // `passw…`/`passphrase` are reported first at the same position (longest anchor first).
  if (anchor === 'pass' && isWordChar(input.text[at + 4])) return at;
  const id = identifierAt(input.text, at, anchor.length);
  const s = strength(id.name, input.text.slice(Math.max(0, id.start - 12), id.start));
  if (!s) return id.runEnd;
  const a = assignedValue(input.text, id);
  const resume = Math.max(id.runEnd, a?.valueEnd ?? 0);
  if (a) {
    // `--password X` / `-Password X` is explicit even without `=`; `token limit` is not.
    const bare = a.operator === ' ' && !a.name.startsWith('-');
    const isPassword = PASSWORD_WORDS.test(a.name.toLowerCase());
    const explicit = a.quoted || EXPLICIT_OPERATORS.has(a.operator);
    const reason = notASecretReason(a.value);
    // An explicit `password = open_sesame` is a passphrase, not prose.
    const passphrase = reason === 'words' && isPassword && explicit && /^[A-Za-z_\-]+$/.test(a.value);
    if ((reason && !passphrase) || !looksRandom(a.value, s === 'strong' && !bare, isPassword && explicit)) return resume;
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
  return resume;
}

export const genericAssignment = defineContextRule({
  id: 'secret.generic_assignment',
  description: 'A random-looking value assigned to a variable, key or flag named like a password, secret, token or API key.',
  validation: 'Name must end in a secret word; value must not be code, a path, a constant name or a version, and must pass a length/entropy test.',
  severity: 'high',
  placeholder: 'SECRET',
  keywords: KEYWORDS,
  at: assignmentRuleAt,
});
