import type { Severity } from '../engine/types';
import type { Action } from './enums';

/**
 * How a local option (the options page) may affect a key that the organisation does not manage:
 * - `tighten`: once any key is managed, a local value applies only where it is stricter;
 * - `unmanaged`: a local value applies only while no key at all is managed (a personal install);
 * - `never`: only managed policy sets it.
 */
export type LocalOverride = 'tighten' | 'unmanaged' | 'never';

interface Common {
  readonly title: string;
  readonly description: string;
  readonly local: LocalOverride;
  readonly sensitive?: boolean;
}

export type FieldSpec = Common &
  (
    | { readonly kind: 'enum'; readonly values: readonly string[]; readonly default: string }
    | { readonly kind: 'integer'; readonly min: number; readonly max: number; readonly default: number }
    | { readonly kind: 'boolean'; readonly default: boolean }
    | { readonly kind: 'string'; readonly maxLength: number; readonly default: string | null }
    | { readonly kind: 'url'; readonly default: string | null }
    | { readonly kind: 'hosts'; readonly default: readonly string[] }
    | { readonly kind: 'strings'; readonly maxItems: number; readonly default: readonly string[] }
    | { readonly kind: 'rules'; readonly default: readonly PolicyRule[] }
    | { readonly kind: 'customDetectors'; readonly default: readonly CustomDetectorPolicy[] }
    | { readonly kind: 'allowPatterns'; readonly default: readonly AllowPattern[] }
  );

export interface PolicyRule {
  /** A finding type (`secret.aws_access_key`), a category wildcard (`secret.*`) or `*`. */
  readonly match: string;
  readonly action: Action;
}

export interface CustomDetectorPolicy {
  readonly id: string;
  readonly label: string;
  readonly regex?: string;
  readonly keywords?: readonly string[];
  readonly severity: Severity;
}

export interface AllowPattern {
  readonly detector?: string;
  readonly pattern: string;
}

/** The TypeScript type of a field's value, derived from its spec. */
export type ValueOf<F extends FieldSpec> = F extends { readonly kind: 'enum'; readonly values: readonly (infer V)[] }
  ? V
  : F extends { readonly kind: 'integer' }
    ? number
    : F extends { readonly kind: 'boolean' }
      ? boolean
      : F extends { readonly kind: 'string' | 'url' }
        ? string | null
        : F extends { readonly kind: 'hosts' | 'strings' }
          ? readonly string[]
          : F extends { readonly kind: 'rules' }
            ? readonly PolicyRule[]
            : F extends { readonly kind: 'customDetectors' }
              ? readonly CustomDetectorPolicy[]
              : F extends { readonly kind: 'allowPatterns' }
                ? readonly AllowPattern[]
                : never;
