import type { ValueOf } from './field-spec';
import { POLICY_SCHEMA } from './schema';

export type PolicyKey = keyof typeof POLICY_SCHEMA;
export type Policy = { readonly [K in PolicyKey]: ValueOf<(typeof POLICY_SCHEMA)[K]> };

export const POLICY_KEYS = Object.keys(POLICY_SCHEMA) as PolicyKey[];

export function isPolicyKey(key: string): key is PolicyKey {
  return Object.prototype.hasOwnProperty.call(POLICY_SCHEMA, key);
}

/** Every key at its default. */
export const DEFAULT_POLICY: Policy = Object.fromEntries(
  POLICY_KEYS.map((key) => [key, POLICY_SCHEMA[key].default]),
) as unknown as Policy;
