/**
 * Keys of the long tail of SaaS providers without a token prefix, found the way TruffleHog's and
 * kingfisher's keyword rules find them: the provider's name, optional key words
 * (`_API_KEY`, ` PRIVATE TOKEN`, `.secret`), an operator or a space, then a random-looking value.
 * One rule with the names as data (./provider-names.ts) instead of 400 near-identical files.
 */
import type { Candidate, DetectorInput } from '../../../engine/types';
import { defineContextRule } from '../lib/define-context-rule';
import { identifierWords } from '../lib/assignment';
import { failedNamedFormat } from '../lib/named-formats';
import { placeholderReason } from '../lib/placeholder';
import { looksRandom, notASecretReason } from '../lib/value-shape';
import { PROVIDER_NAMES, WORD_PROVIDER_NAMES } from './provider-names';

/**
 * Between the provider name and the value: the rest of a glued name (`nozbeTEAMS`,
 * `graphhopperSECRETyo`), then key words (`_API_KEY`, ` PRIVATE TOKEN`, `.secret`).
 */
const FILLER = /[A-Za-z0-9]{0,16}(?:[ \t._\-]{0,4}(?:api|app|access|private|secret|key|keys|token|tok|tkn|auth|pat|pass|password|client|id|code|personal|license|bearer|oauth|sk|ak|apikey|secretkey|accesskey|accesstoken|credentials?))*/iy;
/** Operator between name and value; a bare space only counts when key words came before it or the value is long. */
const OPERATOR = /(\\?["'`]?\]?)[ \t]{0,4}(:{0,3}=>?|\?=|:|->|-|\.|,)?[ \t]{0,4}\\?["'`]?/y;
const VALUE = /[A-Za-z0-9][A-Za-z0-9_\-+/=.~]{9,1023}(?![A-Za-z0-9_\-+/=.~])/y;
/** A value after a bare space (`wandb 3f…`) or a word-named provider must be this long: shorter tokens are too often words. */
const BARE_MIN_LENGTH = 20;
const MIN_LENGTH = 10;
const NAME_CHAR = /[A-Za-z0-9]/;
const KEY_WORD = /api|key|token|tok|tkn|secret|private|access|auth|pass|pat|code|sk/i;
/** The letters and digits glued to the name, before any separator (`TOKEN` of `holisticTOKEN-…`). */
const GLUED = /^[A-Za-z0-9]*/;
const WORD_NAMES: ReadonlySet<string> = new Set(WORD_PROVIDER_NAMES);

/**
 * For a word-named provider: a key word after a separator (`front.key`, `shortcut-SECRET`) or glued
 * in capitals (`holisticTOKEN`); `frontdesk token` or `front end` is a word, not a key name.
 */
function keyWordFollows(filler: string): boolean {
  const glued = GLUED.exec(filler)?.[0] ?? '';
  if (glued && !/^[A-Z]/.test(glued)) return false;
  return KEY_WORD.test(filler);
}

/**
 * A canonical UUID (8-4-4-4-12 hex). Glued to the name by `-` (`refiner-…`) it is the key, not the
 * next word of a compound name: words are not 36 characters of hex in that layout.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-z\-])/iy;

function providerAt(input: DetectorInput, at: number, anchor: string, out: Candidate[]): number {
  const { text } = input;
  // The name must start a word or an identifier segment (`FLASK_APP_AIVEN_…`, not `unmapbox`).
  if (at > 0 && NAME_CHAR.test(text[at - 1] ?? '') && !/[a-z][A-Z]/.test(text.slice(at - 1, at + 1))) return at;
  let i = at + anchor.length;
  FILLER.lastIndex = i;
  const filler = FILLER.exec(text)?.[0] ?? '';
  if (WORD_NAMES.has(anchor) && !keyWordFollows(filler)) return at;
  i += filler.length;
  OPERATOR.lastIndex = i;
  const op = OPERATOR.exec(text);
  if (!op) return at;
  const bare = !op[2] && !op[1] && !/["'`]$/.test(op[0]);
  const keyWords = KEY_WORD.test(filler);
  // `sonarqube-scanner/…`, `cloudflare.com/client/…`: a `-` or `.` joins words of a name or a
  // host unless key words came first (`fileio.PRIVATE.TOKEN-…`).
  i += op[0].length;
  UUID.lastIndex = i;
  if ((op[2] === '-' || op[2] === '.') && !keyWords && !(op[2] === '-' && UUID.test(text))) return at;
  if (i === at + anchor.length) return at; // nothing separates name and value
  VALUE.lastIndex = i;
  const v = VALUE.exec(text);
  if (!v) return at;
  const value = v[0].replace(/[.,]+$/, '');
  const end = i + value.length;
  // A word-named provider needs a key-length value too: `shortcut key: Ctrl+Shift+P` is prose.
  const minLength = (bare && filler.trim() === '') || WORD_NAMES.has(anchor) ? BARE_MIN_LENGTH : MIN_LENGTH;
  if (value.length < minLength || notASecretReason(value)) return end;
  if (!looksRandom(value, true) && !placeholderReason(value)) return end;
  if (failedNamedFormat(identifierWords(anchor + filler), value)) return end;
  out.push({ start: i, end, rule: 'provider-keyword', confidence: bare ? 0.5 : 0.6, severity: 'high', placeholder: 'API_KEY', note: `next to "${anchor}"` });
  return end;
}

export const providerKeyword = defineContextRule({
  id: 'secret.provider_keyword',
  description: 'API key of a SaaS provider without a token prefix (Cloudsmith, W&B, Postmark, Pepipost …), next to the provider name.',
  validation: 'Provider name (a name that is an English word only with key words after it), optional key words, then a 10+ character random-looking value (20+ after a bare space).',
  severity: 'high',
  placeholder: 'API_KEY',
  keywords: [...PROVIDER_NAMES, ...WORD_PROVIDER_NAMES],
  at: providerAt,
});
