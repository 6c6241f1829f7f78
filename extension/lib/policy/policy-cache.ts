import type { EffectivePolicy } from '../../../shared/policy/resolve';
import type { Policy } from '../../../shared/policy/policy';

/** What survives a worker restart: the policy last in force and the managed values last valid. */
export interface PolicyCache {
  readonly effective: EffectivePolicy;
  readonly lastValidManaged: Partial<Policy>;
}

export function isPolicyCache(value: unknown): value is PolicyCache {
  if (typeof value !== 'object' || value === null) return false;
  const { effective, lastValidManaged } = value as Record<string, unknown>;
  return (
    typeof effective === 'object' && effective !== null && 'values' in effective && 'sources' in effective &&
    typeof lastValidManaged === 'object' && lastValidManaged !== null
  );
}
