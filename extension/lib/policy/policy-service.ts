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
  // Only a memo of what storage holds; a new worker rebuilds it.
  let latest: EffectivePolicy | undefined;
  // The newest re-read in flight. Re-reads run one after another, so a slow early read can never
  // overwrite the result of a later one.
  let pending: Promise<EffectivePolicy> | undefined;

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

  function refresh(): Promise<EffectivePolicy> {
    const run = (pending ?? Promise.resolve()).catch(() => undefined).then(compute);
    pending = run;
    void run.finally(() => {
      if (pending === run) pending = undefined;
    }).catch(() => undefined);
    return run;
  }

  return {
    current() {
      // A change is being applied: answer with it, not with what it replaces.
      if (pending && latest) return pending;
      if (latest) return Promise.resolve(latest);
      const fresh = pending ?? refresh();
      // First read after start: whichever comes first, the fresh policy or the cached one while
      // managed storage is slow (it can take seconds after browser start).
      const cached = storage.readCache().then((c) => (isPolicyCache(c) ? c.effective : fresh));
      return Promise.race([fresh, cached]);
    },
    refresh,
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
