/**
 * Heuristics for "is this assigned value a credential or just code?" used by the context rules
 * (generic assignments, by-keyword provider secrets). Each check names a false-positive family
 * seen in scanner fixtures: code references, constant names, versions, paths, identifiers.
 */
import { shannonEntropy } from './entropy';
import { memoByValue } from '../../../engine/recent-memo';

/** Below this many bits/char a value of ≥ 16 chars reads like words, not random bytes (hex ≈ 3.7). */
export const MIN_RANDOM_ENTROPY = 3.0;
/** Shortest value after a strong name (`password`, `api_key`) / a weak one (`key`, `auth`). */
export const MIN_STRONG_VALUE = 8;
export const MIN_WEAK_VALUE = 16;
/**
 * Hex with digits and letters is rarely a word; 16 random hex digits score 2.7–3.5 bits/char, so
 * its bar sits below MIN_RANDOM_ENTROPY (`aaaabbbb11112222` scores 2.0).
 */
const HEX = /^(?=.*[0-9])(?=.*[a-f])[0-9a-f]+$/i;
export const MIN_HEX_ENTROPY = 2.5;
/** Shortest single-word password we report (NIST SP 800-63B's minimum length is 8). */
export const MIN_WORD_PASSWORD = 8;
/**
 * Shortest explicit password with a digit or symbol (`team10`, `4ian1234`): weak, but a real
 * password someone typed into code; below 6 characters values are mostly flags and ids.
 */
export const MIN_MIXED_PASSWORD = 6;
/** `open_sesame`, `correct-horse-battery`: a passphrase of words joined by `_`/`-`. */
const PASSPHRASE = /^[a-z]+(?:[_\-][a-z]+)+$/i;

/**
 * Code, not a literal: whitespace, `${name}`/`$(`/`"$`, a sigil at the front (`$VAR`, `@attr`, `%x`),
 * `../`, an escape sequence, or a call/index/generic at the front (`getToken(req`, `cfg[`,
 * `List<`). Brackets elsewhere count only when they pair up (see `balancedBrackets`): generated
 * passwords use `(`, `]`, `{` freely and rarely close them.
 */
const CODE_CHARS = /\$\{[A-Za-z_][\w.:\-]*\}|\$\(|["'`]\$|^[#@&*$%]|\.\.\/|\s|\\[nrt"'\\/]|^[A-Za-z_$][\w.$]*[(\[<]|^[(\[{<]/;
/**
 * `prefix$var`, `$a$b`: a word with variables interpolated (shell, PHP, Kotlin, Groovy strings),
 * which is how `super$ecret`-looking values occur in code.
 */
const INTERPOLATED = /^[A-Za-z_]*(?:\$[A-Za-z_]\w*)+$/;
const OPENERS = '([{<';
const CLOSERS = ')]}>';
const BRACKET = /[()[\]{}<>]/;

/** True when the value has brackets and every one is closed in order: `f(a[0])`, `<T>`, `{x}`. */
function balancedBrackets(value: string): boolean {
  if (!BRACKET.test(value)) return false;
  const stack: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? '';
    const open = OPENERS.indexOf(ch);
    if (open >= 0) stack.push(open);
    else {
      const close = CLOSERS.indexOf(ch);
      if (close >= 0 && stack.pop() !== close) return false;
    }
  }
  return stack.length === 0;
}

const URL_OR_PATH = /^(?:\/|\.\/|~\/|[a-z][a-z0-9+.-]{1,15}:\/\/)/i;
const FILE_EXT = /\.(?:json|pem|key|p12|pfx|cer|crt|der|txt|ya?ml|env|jks|keystore|keytab|js|ts|py|rb|go|java|png|jpg|svg|html?|xml|cfg|conf|ini|toml|properties|tgz|tar|gz|zip|whl|jar)$/i;
/** `FOO_BAR`, `NEXUS-GPT4-API-KEY`: a constant or secret *name*, not its value. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)+$/;
/** `camelCase`, `PascalCase1`: an identifier. */
const IDENTIFIER = /^[A-Za-z][a-z]+(?:[A-Z][a-z]+)+[0-9]{0,3}$/;
/** `XSalsa20.key_length`, `a.b.c`: member access. */
const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/;
/** `1.2.3`, `rc0.13.0_2023…`, `v2-SNAPSHOT`: versions. */
const VERSION = /^v?\d+(?:\.\d+)+|[-_]v?\d+(?:\.\d+)+$|SNAPSHOT|RELEASE/i;
/** `arn:aws:iam::…`, `urn:…`: resource names. */
const RESOURCE_NAME = /^(?:arn|urn|data|mailto|file):/i;
/** `password = "password"`: the value names the field instead of filling it. */
const SELF_REFERENCE = /^(?:password|passwd|secret|token|changeme|username|required|optional|undefined|disabled|enabled)$/i;
/**
 * What schemas and docs put in a password field instead of a password (`"password": "string"` in
 * OpenAPI examples, `password: null`): a type or a non-value.
 */
const NON_VALUE = /^(?:string|number|integer|boolean|object|hidden|null|none|empty|unset|default|unknown|masked)$/i;
/**
 * `user = "anonymous"` shortly before a password: anonymous FTP logins take any password, by
 * convention an e-mail address (RFC 1635), and open only what is public anyway.
 */
const ANONYMOUS_USER = /\b(?:user(?:name)?|login|uid)\b[^\n]{0,8}?["'`]anonymous["'`]/i;
/** How far back (chars) from a password the user name is looked for: a line or two of config. */
export const ANONYMOUS_WINDOW = 120;
export const anonymousLogin = (before: string): boolean => ANONYMOUS_USER.test(before);
/** `password = "password"`, `user 'root' is 'password'`: the value is a field name, not a password. */
export const namesTheField = (value: string): boolean => SELF_REFERENCE.test(value);

/** Quoted one-word passwords from this length up to MIN_WORD_PASSWORD are reported, low (`logmein`). */
export const MIN_SHORT_WORD_PASSWORD = 6;

/**
 * `password == 'logmein'`, `$mail->Password = 'secret'`: a quoted word below NIST's 8-character
 * minimum, explicitly given as a password. Too short and too guessable for `looksRandom`, but
 * still the password: callers report it at low severity. Words that name a password field
 * (`token`, `passwd`) or a type (`string`) are not passwords.
 */
export function shortWordPassword(value: string): boolean {
  return value.length >= MIN_SHORT_WORD_PASSWORD && value.length < MIN_WORD_PASSWORD && LETTERS_ONLY.test(value) && !NON_VALUE.test(value) && !/^(?:passwd|token|changeme)$/i.test(value);
}
/** Letters only (no digit, no symbol). */
const LETTERS_ONLY = /^[A-Za-z]+$/;
const WORDS_ONLY = /^[a-z]+(?:[_\-. /][a-z]+)*$/i;
/** A word as written in names and prose: `open`, `OPEN`, `Open`, at most this long. */
const WORD = /^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+)$/;
const MAX_WORD = 20;

/** `open_sesame`, `assumptions/risks` yes; `b_ByDfulghxvvmHbArJSFfQhxem…` (random letters) no. */
function wordsOnly(value: string): boolean {
  if (!WORDS_ONLY.test(value) || LETTERS_ONLY.test(value)) return false;
  return value.split(/[_\-. /]/).every((w) => w.length <= MAX_WORD && WORD.test(w));
}

function digitCount(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Why a value is code or a name rather than a credential, or `null` if it may be a secret. */
export const notASecretReason = memoByValue(function notASecretReason(value: string): string | null {
  if (CODE_CHARS.test(value) || balancedBrackets(value)) return 'code';
  if (INTERPOLATED.test(value)) return 'interpolated variable';
  if (URL_OR_PATH.test(value)) return 'path or url';
  if (FILE_EXT.test(value)) return 'file name';
  if (VERSION.test(value)) return 'version';
  if (RESOURCE_NAME.test(value)) return 'resource name';
  if (CONSTANT_NAME.test(value) && digitCount(value) <= 2) return 'constant name';
  if (IDENTIFIER.test(value)) return 'identifier';
  if (DOTTED.test(value) && digitCount(value) <= 2) return 'member access';
  if (wordsOnly(value)) return 'words';
  return null;
});

/**
 * Does `value` look random enough for a context rule? `strong` keywords (password, secret,
 * api_key, token) accept shorter values than a bare `key`.
 */
export function looksRandom(value: string, strong: boolean, plainWordOk = false): boolean {
  // An explicit `PASSWORD="whiteduke"` is a real (weak) password even though it is one word.
  if (plainWordOk && (LETTERS_ONLY.test(value) || PASSPHRASE.test(value)) && value.length >= MIN_WORD_PASSWORD) return !SELF_REFERENCE.test(value);
  if (plainWordOk && value.length >= MIN_MIXED_PASSWORD && /[A-Za-z]/.test(value) && /[^A-Za-z]/.test(value)) return true;
  const minLength = strong ? MIN_STRONG_VALUE : MIN_WEAK_VALUE;
  if (value.length < minLength) return false;
  const digits = digitCount(value);
  const letters = /[A-Za-z]/.test(value);
  if (LETTERS_ONLY.test(value)) {
    // A bare word (`centipede`, `password`) vs a random alphabetic token (`DjayBenyJrtpvydFCz…`).
    return value.length >= 16 && /[a-z]/.test(value) && /[A-Z]/.test(value) && shannonEntropy(value) >= 3.5;
  }
  if (digits === value.length) return value.length >= 16 && shannonEntropy(value) >= 2.8;
  if (!letters) return false;
  if (HEX.test(value) && value.length >= 16) return shannonEntropy(value) >= MIN_HEX_ENTROPY;
  return value.length < 16 || shannonEntropy(value) >= MIN_RANDOM_ENTROPY;
}
