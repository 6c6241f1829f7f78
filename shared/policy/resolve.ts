/**
 * Turns the managed policy, the local options and the last known good values into the policy in
 * force, with the source of every key. Precedence per key: a valid managed value (locked); else a
 * local option where `LocalOverride` lets it apply; else the default.
 */
import { strictness, type Mode } from './enums';
import type { PolicyRule } from './field-spec';
import { DEFAULT_POLICY, POLICY_KEYS, type Policy, type PolicyKey } from './policy';
import { POLICY_SCHEMA } from './schema';
import { validatePolicy, type PolicyIssue } from './validate';

export type PolicySource = 'managed' | 'managed-last-valid' | 'local' | 'default';

export interface EffectivePolicy {
  readonly values: Policy;
  readonly sources: { readonly [K in PolicyKey]: PolicySource };
  /** Problems in the managed policy (and local options), key by key. */
  readonly issues: readonly PolicyIssue[];
  /** True when the organisation manages at least one key. */
  readonly managed: boolean;
}

export interface PolicyInputs {
  /** `storage.managed` contents, unvalidated. */
  readonly managed: unknown;
  /** Options-page values, unvalidated. */
  readonly local: unknown;
  /** Managed values that were valid last time, per key (kept when a key turns invalid). */
  readonly lastValidManaged: Partial<Policy>;
}

export function resolvePolicy({ managed, local, lastValidManaged }: PolicyInputs): EffectivePolicy {
  const m = validatePolicy(managed, 'managed');
  const l = validatePolicy(local, 'local');
  const isManaged = Object.keys(m.values).length > 0 || m.invalidKeys.length > 0;

  const values: Record<string, unknown> = { ...DEFAULT_POLICY };
  const sources = {} as Record<PolicyKey, PolicySource>;
  const issues = [...m.issues, ...l.issues];

  for (const key of POLICY_KEYS) {
    sources[key] = 'default';
    if (key in m.values) {
      values[key] = m.values[key];
      sources[key] = 'managed';
    } else if (m.invalidKeys.includes(key) && key in lastValidManaged) {
      values[key] = lastValidManaged[key];
      sources[key] = 'managed-last-valid';
    }
  }

  for (const key of POLICY_KEYS) {
    const rule = POLICY_SCHEMA[key].local;
    if (!(key in l.values)) continue;
    // A managed key is locked, except that a local value may make it stricter.
    if (sources[key] !== 'default' && rule !== 'tighten') continue;
    if (rule === 'never' || (rule === 'unmanaged' && isManaged)) {
      if (isManaged) issues.push({ source: 'local', key, message: 'set by your organisation; the local option is ignored' });
      continue;
    }
    const tightened = rule === 'tighten' && isManaged ? tighten(key, values[key], l.values[key]) : l.values[key];
    if (tightened !== undefined) {
      values[key] = tightened;
      if (sources[key] === 'default') sources[key] = 'local';
    }
  }

  return { values: values as unknown as Policy, sources, issues, managed: isManaged };
}

/** The local value where it is stricter than the organisation's, merged; undefined when it is not. */
function tighten(key: PolicyKey, base: unknown, local: unknown): unknown {
  switch (key) {
    case 'mode':
      return strictness(local as Mode) > strictness(base as Mode) ? local : undefined;
    case 'flagThreshold':
      return (local as number) < (base as number) ? local : undefined;
    case 'requireJustification':
      return local === true ? true : undefined;
    case 'rules':
      return tightenRules(base as readonly PolicyRule[], local as readonly PolicyRule[]);
    default:
      return undefined;
  }
}

/**
 * A local rule is kept only when its action is stricter than the organisation's rule for the same
 * match; the organisation's rules all stay. With "most specific wins, strictest among equals",
 * adding a stricter rule can never loosen enforcement.
 */
function tightenRules(base: readonly PolicyRule[], local: readonly PolicyRule[]): readonly PolicyRule[] | undefined {
  const kept = local.filter((rule) => {
    const same = base.filter((b) => b.match === rule.match);
    return same.every((b) => strictness(rule.action) > strictness(b.action));
  });
  return kept.length > 0 ? [...base, ...kept] : undefined;
}
