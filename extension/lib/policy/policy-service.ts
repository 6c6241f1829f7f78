/**
 * Keeps the policy in force. At worker start it answers from the cached last policy at once (the
 * first `storage.managed.get()` after browser start can take seconds, and Sightline must never run
 * unprotected meanwhile), then re-reads managed storage and local options, and again whenever
 * either changes, without a restart.
 */
import { resolvePolicy, type EffectivePolicy } from '../../../shared/policy/resolve';
import type { Policy, PolicyKey } from '../../../shared/policy/policy';
import { isPolicyCache, type PolicyCache } from './policy-cache';

export interface PolicyStorage {
  readManaged(): Promise<Record<string, unknown>>;
  readLocalOptions(): Promise<unknown>;
  readCache(): Promise<unknown>;
  writeCache(cache: PolicyCache): Promise<void>;
}

export type PolicyListener = (policy: EffectivePolicy) => void | Promise<void>;

export interface PolicyService {
  /** The policy in force: cached until the first fresh read completes. */
  current(): Promise<EffectivePolicy>;
  /** Re-reads managed storage and local options (call on `storage.onChanged`). */
  refresh(): Promise<EffectivePolicy>;
  onChange(listener: PolicyListener): void;
}

export function createPolicyService(storage: PolicyStorage): PolicyService {
  const listeners: PolicyListener[] = [];
  let fresh: Promise<EffectivePolicy> | undefined;
  // Only a memo of what storage holds; a new worker rebuilds it.
  let latest: EffectivePolicy | undefined;

  async function compute(): Promise<EffectivePolicy> {
    const [managed, local, rawCache] = await Promise.all([storage.readManaged(), storage.readLocalOptions(), storage.readCache()]);
    const cache = isPolicyCache(rawCache) ? rawCache : undefined;
    const lastValidManaged = cache?.lastValidManaged ?? {};
    const effective = resolvePolicy({ managed, local, lastValidManaged });
    await storage.writeCache({ effective, lastValidManaged: { ...lastValidManaged, ...managedValues(effective) } });
    latest = effective;
    for (const listener of listeners) await listener(effective);
    return effective;
  }

  return {
    current() {
      if (latest) return Promise.resolve(latest);
      const pending = (fresh ??= compute());
      // Whichever comes first: the fresh policy, or the cached one while managed storage is slow.
      const cached = storage.readCache().then((c) => (isPolicyCache(c) ? c.effective : pending));
      return Promise.race([pending, cached]);
    },
    refresh() {
      fresh = compute();
      return fresh;
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}

/** The keys whose value came from a valid managed value this time. */
function managedValues(effective: EffectivePolicy): Partial<Policy> {
  const values: Record<string, unknown> = {};
  for (const [key, source] of Object.entries(effective.sources)) {
    if (source === 'managed') values[key] = effective.values[key as PolicyKey];
  }
  return values as Partial<Policy>;
}
