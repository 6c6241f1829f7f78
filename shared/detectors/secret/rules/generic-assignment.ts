/**
 * Catch-all for credentials assigned to a secret-named variable in config, code or prose:
 * `DB_PASSWORD=…`, `"client_secret": "…"`, `--api-key …`, `the password is …`. Provider rules
 * are precise; this one is what catches the long tail of 600+ SaaS keys that have no prefix.
 */
import type { Candidate, DetectorInput } from '../../../engine/types';
import { assignedValue, identifierAt, identifierWords, type Assignment, type Identifier } from '../lib/assignment';
import { defineContextRule } from '../lib/define-context-rule';
import { shannonEntropy } from '../lib/entropy';
import { failedNamedFormat } from '../lib/named-formats';
import { placeholderReason } from '../lib/placeholder';
import { ANONYMOUS_WINDOW, anonymousLogin, looksRandom, MIN_MIXED_PASSWORD, MIN_SHORT_WORD_PASSWORD, MIN_STRONG_VALUE, MIN_WEAK_VALUE, namesTheField, notASecretReason, shortWordPassword } from '../lib/value-shape';

/** Anchor literals that start an identifier scan; `pass` and `pw` only at a word's end (`db_pass`, `smtp_pw`). */
const KEYWORDS = ['passw', 'passphrase', 'pwd', 'secret', 'token', 'key', 'auth', 'credential', 'pass', 'pw', 'access', 'private'] as const;
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
/** Names whose explicit literal may be words (`password = open_sesame`, `Secret != "open-sesame"`). */
const PASSPHRASE_NAMES = /pass|pwd|pw$|secret$/;
/** Assignments and comparisons (`==`, `!=`) that put a literal value next to the name. */
const EXPLICIT_OPERATORS = new Set(['=', '==', '!=', ':=', '=>', '::=']);

const NPMRC_KEY = /^_(?:authToken|auth|password)$/i;
/** `private` followed by a keyword or type (`final`, `static`, `readonly`, `String`, `fun`…). */
const MODIFIER_USE = /^[ \t]+[A-Za-z]{2,12}[ \t<\[(]/;
const MAX_MODIFIER = 16;
/**
 * After the name: a space and a word shorter than MIN_WEAK_VALUE (a bare value must be at least
 * that long), or `(` not followed by a quote. ` is `/` was ` (prose assignment) do not count.
 */
const NOT_AN_ASSIGNMENT = /(?:[ \t]{1,4}(?!(?:is|was)[ \t])[A-Za-z0-9][^\s"'`=:]{0,14}(?=[\s.,;!?)]|$)|\((?![ \t]{0,4}[rbuf]?["'`]))/y;

/**
 * `the password for user 'postgres' is 'admin'`: prose that names the account and quotes the
 * password. With the account named, the pair is a login however short or plain the password, so
 * the length and randomness bars for lone values do not apply; the value is still quoted.
 */
const PROSE_PAIR = /[ \t]{1,4}for[ \t]{1,4}(?:the[ \t]{1,4})?(?:user(?:name)?|account|login)[ \t]{1,4}(["'`]?)[\w.@\-]{1,40}\1[ \t]{1,4}(?:is|was)[ \t]{1,4}(["'`])(?<s>[^"'`\s]{4,64})\2/yd;
/**
 * `$` interpolates into strings in shells, PHP, Perl, Groovy and Kotlin, which assign with `=`; a
 * quoted value after YAML/JSON `:` or Go's `:=` is taken literally, so `super$ecret` there is a
 * password.
 */
const LITERAL_STRING_OPERATORS = new Set([':', ':=']);

/** Random-looking values of at least this length and entropy get `high` severity. */
const HIGH_SEVERITY_LENGTH = 16;
const HIGH_SEVERITY_ENTROPY = 3.5;

/** Flattened names that can pass `strength` end in one of these (cheap pre-check). */
const SECRET_ENDING = /(?:password|passwd|passphrase|pwd|secret|token|key|credentials?|pass|pw|auth|pat|creds?|access|private)$/;

type Strength = 'strong' | 'weak';

/** How strongly a name says its value is secret, before the words in front of it are read (`strength`). */
function nameStrength(name: string): Strength | null {
  if (!SECRET_ENDING.test(name.toLowerCase().replace(/[^a-z0-9]/g, ''))) return null;
  const words = identifierWords(name);
  if (words.length === 0 || words.some((w) => NON_SECRET_WORDS.has(w))) return null;
  const flat = words.join('');
  if (STRONG_SUFFIXES.some((s) => flat.endsWith(s))) return 'strong';
  const last = words[words.length - 1] ?? '';
  return WEAK_LAST_WORDS.has(last) || /(?:key|access|private)$/.test(flat) ? 'weak' : null;
}

/**
 * The last name `nameStrength` judged and its answer (`''` is no secret name), so a paste that
 * repeats one assignment (issue #3) reads it once. Only the last: on ordinary text names rarely
 * repeat back to back, and a longer memo cost more per miss than it saved (1 KB prompts).
 */
let lastName = '';
let lastStrength: Strength | null = null;

function rememberedStrength(name: string): Strength | null {
  if (name !== lastName) {
    lastStrength = nameStrength(name);
    lastName = name;
  }
  return lastStrength;
}

function strength(text: string, id: Identifier): Strength | null {
  // Not in the page's build (build-flags.d.ts): it scans one prompt as typed, not pastes of thousands.
  const s = globalThis.__CONTENT_SCRIPT__ ? nameStrength(id.name) : rememberedStrength(id.name);
  // `tefter SECRET KEY …`, `x-api key …`: a secret word just before upgrades the name.
  return s === 'weak' && /(?:secret|private|api|access|auth)[ _\-]?$/i.test(text.slice(Math.max(0, id.start - 12), id.start)) ? 'strong' : s;
}

/** A `password for user 'x' is 'y'` pair after a password word ending at `end`; the value's end, or -1. */
function prosePairAt(input: DetectorInput, end: number, out: Candidate[]): number {
  PROSE_PAIR.lastIndex = end;
  const m = PROSE_PAIR.exec(input.text);
  const span = m?.indices?.groups?.s;
  if (!m || !span) return -1;
  const value = input.text.slice(span[0], span[1]);
  if (notASecretReason(value) || namesTheField(value)) return span[1];
  out.push({
    start: span[0],
    end: span[1],
    rule: 'prose-credential-pair',
    confidence: 0.55,
    severity: 'medium',
    placeholder: 'PASSWORD',
    note: 'password given for a named account',
  });
  return span[1];
}

/** A quoted word too short for a policy-compliant password (`'logmein'`): the password, but weak. */
const SHORT_PASSWORD_CONFIDENCE = 0.3;

const SHORT_PASSWORD: Omit<Candidate, 'start' | 'end'> = {
  rule: 'password-assignment',
  confidence: SHORT_PASSWORD_CONFIDENCE,
  severity: 'low',
  placeholder: 'PASSWORD',
  note: 'short dictionary-word password',
};

export function assignmentRuleAt(input: DetectorInput, at: number, anchor: string, out: Candidate[]): number {
  // `passw…`/`passphrase` are reported first at the same position (longest anchor first).
  if ((anchor === 'pass' || anchor === 'pw') && /[A-Za-z]/.test(input.text[at + anchor.length] ?? '')) return at;
  // `private final …`, `private static …`: the access modifier of Java, C#, Kotlin, TypeScript
  // and PHP is never a secret's name, and code pastes are full of it.
  if (anchor === 'private' && MODIFIER_USE.test(input.text.slice(at + 7, at + 8 + MAX_MODIFIER))) return at + 7;
  const id = identifierAt(input.text, at, anchor.length);
  if (anchor === 'passw' || anchor === 'pwd') {
    const pairEnd = prosePairAt(input, id.end, out);
    if (pairEnd >= 0) return pairEnd;
  }
  // Most hits are prose and calls (`token limit`, `key point`, `getToken(req)`): a bare word too
  // short for any bare value, or a call without a string literal, is no assignment at all.
  NOT_AN_ASSIGNMENT.lastIndex = id.end;
  if (id.name[0] !== '-' && NOT_AN_ASSIGNMENT.test(input.text)) return id.runEnd;
  const s = strength(input.text, id);
  if (!s) return id.runEnd;
  const a = assignedValue(input.text, id);
  const resume = Math.max(id.runEnd, a?.valueEnd ?? 0);
  // `.npmrc` keys (`//host/:_authToken=…`) belong to the npm rule, which checks the whole line.
  if (a && input.text[id.start - 1] === ':' && NPMRC_KEY.test(a.name)) return resume;
  if (!a) return resume;
  const v = verdict(a, s);
  if (v === null) return resume;
  if (v.password && anonymousLogin(input.text.slice(Math.max(0, id.start - ANONYMOUS_WINDOW), id.start))) return resume;
  out.push({ start: a.valueStart, end: a.valueEnd, ...v.fields });
  return resume;
}

/** What the rule reports for an assignment, its span aside; `password`: dropped after an anonymous login. */
interface Verdict {
  readonly password: boolean;
  readonly fields: Omit<Candidate, 'start' | 'end'>;
}

/** A verdict and everything `judge` read to give it. */
interface Judged {
  readonly value: string;
  readonly name: string;
  readonly operator: string;
  readonly quoted: boolean;
  readonly strength: Strength;
  readonly verdict: Verdict | null;
}

/** The last verdict given (see `verdict`). */
let lastJudged: Judged | null = null;

/**
 * `judge`, or the last verdict when everything it reads is the same (value, name, operator,
 * quoting, strength), so a paste that repeats one assignment (`api_key=sk_live_…` × 2,500, issue
 * #3) judges it once; every occurrence is still reported. Compared field by field, so a repeat
 * builds no key; only the last, as `lastName`.
 */
function verdict(a: Assignment, s: Strength): Verdict | null {
  // Not in the page's build (build-flags.d.ts).
  if (globalThis.__CONTENT_SCRIPT__) return judge(a, s);
  const last = lastJudged;
  if (last !== null && last.value === a.value && last.name === a.name && last.operator === a.operator && last.quoted === a.quoted && last.strength === s) return last.verdict;
  const v = judge(a, s);
  lastJudged = { value: a.value, name: a.name, operator: a.operator, quoted: a.quoted, strength: s, verdict: v };
  return v;
}

/** The verdict on an assignment from its name, operator, quoting and value alone (see `verdict`). */
function judge(a: Assignment, s: Strength): Verdict | null {
  // `--password X` / `-Password X` is explicit even without `=`; `token limit` is not.
  const bare = a.operator === ' ' && !a.name.startsWith('-');
  const lowerName = a.name.toLowerCase();
  const explicit = a.quoted || EXPLICIT_OPERATORS.has(a.operator);
  const wordsOk = explicit && PASSPHRASE_NAMES.test(lowerName);
  // Most hits are code (`private final Map…`): a value shorter than any accepted one costs no more.
  if (a.value.length < (wordsOk ? Math.min(MIN_MIXED_PASSWORD, MIN_SHORT_WORD_PASSWORD) : s === 'strong' && !bare ? MIN_STRONG_VALUE : MIN_WEAK_VALUE)) return null;
  const isPassword = PASSWORD_WORDS.test(lowerName);
  if (failedNamedFormat(identifierWords(a.name), a.value)) return null;
  const shape = notASecretReason(a.value);
  const reason = shape === 'interpolated variable' && a.quoted && LITERAL_STRING_OPERATORS.has(a.operator) ? null : shape;
  // An explicit `password = open_sesame` is a passphrase, not prose.
  const passphrase = reason === 'words' && wordsOk && /^[A-Za-z_\-]+$/.test(a.value);
  if (reason && !passphrase) return null;
  // A made-up value (`aaaa…`, `123456789…`) fails the randomness test by construction; under a
  // secret's name it is still reported, at low confidence (issue 3: downgrade, not drop).
  if (!looksRandom(a.value, s === 'strong' && !bare, (isPassword || passphrase) && explicit) && !placeholderReason(a.value)) {
    return isPassword && explicit && a.quoted && shortWordPassword(a.value) ? { password: true, fields: SHORT_PASSWORD } : null;
  }
  const entropy = shannonEntropy(a.value);
  const random = a.value.length >= HIGH_SEVERITY_LENGTH && entropy >= HIGH_SEVERITY_ENTROPY;
  return {
    password: isPassword,
    fields: {
      rule: isPassword ? 'password-assignment' : 'secret-assignment',
      confidence: (s === 'strong' ? 0.6 : 0.45) + (random ? 0.15 : 0) - (bare ? 0.1 : 0),
      severity: isPassword || random ? 'high' : 'medium',
      placeholder: isPassword ? 'PASSWORD' : 'SECRET',
      // Shared by every repeat's candidate, so nobody may change it.
      validator: Object.freeze({ name: 'entropy', passed: random, detail: `${entropy.toFixed(2)} bits/char` }),
    },
  };
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
