/**
 * What compact-secret-specs.ts rewrites secret rule specs into, in content builds only: the same
 * objects, built from positional arguments so the bundle does not spell every key of 70 rules and
 * 186 patterns. Keys not listed here travel in `rest` under their own names.
 */
import type { SecretPattern, SecretRuleSpec } from '../../../shared/detectors/secret/lib/define-secret-rule';

/** What every secret rule id starts with; compacted specs leave it out (a name without a dot). */
export const SECRET_PREFIX = 'secret.';

/** The placeholder of a spec that says `0`: `secret.npm_token` → `NPM_TOKEN`. */
export const derivedPlaceholder = (id: string): string => id.slice(id.indexOf('.') + 1).toUpperCase();

/** The pattern's `rule` (its sub-rule id, for the explanation) is stripped before this (strip-doc-strings.ts). */
export const secretPattern = (regex: RegExp, rest?: Partial<SecretPattern>): SecretPattern => ({ regex, ...rest }) as SecretPattern;

export const secretSpec = (
  /** `secret.npm_token`, or `npm_token`. */
  name: string,
  severity: SecretRuleSpec['severity'],
  /** `0`: the id's name in capitals (compact-secret-specs.ts). */
  placeholder: string | 0,
  keywords: readonly string[],
  /** A bare regex stands for `{ regex }`. */
  patterns: readonly (SecretPattern | RegExp)[],
  rest?: Partial<SecretRuleSpec>,
): SecretRuleSpec => {
  const id = (name.includes('.') ? name : SECRET_PREFIX + name) as SecretRuleSpec['id'];
  // The doc strings are stripped from content builds (strip-doc-strings.ts): nothing there reads them.
  return {
    id,
    severity,
    placeholder: placeholder === 0 ? derivedPlaceholder(id) : placeholder,
    keywords,
    patterns: patterns.map((p) => (p instanceof RegExp ? secretPattern(p) : p)),
    ...rest,
  } as SecretRuleSpec;
};
