import { describe, expect, test } from 'vitest';
import { resolvePolicy } from '../../../shared/policy/resolve';
import type { PolicyCache } from './policy-cache';
import { createPolicyService, type PolicyStorage } from './policy-service';

function fakeStorage(initial: { managed?: Record<string, unknown>; local?: unknown; cache?: PolicyCache } = {}) {
  const state = { managed: initial.managed ?? {}, local: initial.local ?? {}, cache: initial.cache as unknown, managedDelay: 0 };
  const storage: PolicyStorage = {
    readManaged: () => new Promise((done) => setTimeout(() => done(state.managed), state.managedDelay)),
    readLocalOptions: async () => state.local,
    readCache: async () => state.cache,
    writeCache: async (cache) => {
      state.cache = cache;
    },
  };
  return { state, storage };
}

describe('policy service', () => {
  test('resolves managed policy and caches it with the last valid managed values', async () => {
    const { state, storage } = fakeStorage({ managed: { mode: 'block' } });
    const policy = await createPolicyService(storage).current();
    expect(policy.values.mode).toBe('block');
    expect((state.cache as PolicyCache).lastValidManaged).toEqual({ mode: 'block' });
  });

  test('answers from the cache while managed storage is slow, never from defaults', async () => {
    const cached = resolvePolicy({ managed: { mode: 'block' }, local: {}, lastValidManaged: {} });
    const { state, storage } = fakeStorage({ cache: { effective: cached, lastValidManaged: { mode: 'block' } } });
    state.managedDelay = 200;
    state.managed = { mode: 'block', flagThreshold: 10 };
    const service = createPolicyService(storage);
    expect((await service.current()).values).toMatchObject({ mode: 'block', flagThreshold: cached.values.flagThreshold });
    await new Promise((done) => setTimeout(done, 250));
    expect((await service.current()).values.flagThreshold).toBe(10);
  });

  test('keeps the last valid managed value when a live change makes it invalid, and tells listeners', async () => {
    const { state, storage } = fakeStorage({ managed: { mode: 'block' } });
    const service = createPolicyService(storage);
    const seen: string[] = [];
    service.onChange((p) => {
      seen.push(p.values.mode);
    });
    await service.current();
    state.managed = { mode: 'nonsense' };
    const after = await service.refresh();
    expect(after.values.mode).toBe('block');
    expect(after.sources.mode).toBe('managed-last-valid');
    expect(after.issues[0]).toMatchObject({ key: 'mode', source: 'managed' });
    state.managed = { mode: 'monitor' };
    expect((await service.refresh()).values.mode).toBe('monitor');
    expect(seen).toEqual(['block', 'block', 'monitor']);
  });

  test('ignores a corrupt cache', async () => {
    const { storage } = fakeStorage({ managed: { mode: 'redact' } });
    storage.readCache = async () => ({ effective: 'garbage' });
    expect((await createPolicyService(storage).current()).values.mode).toBe('redact');
  });
});

test('a slow earlier read never overwrites a later change', async () => {
  const { state, storage } = fakeStorage({ local: {} });
  const service = createPolicyService(storage);
  state.managedDelay = 100;
  const first = service.refresh(); // reads local options before the change below
  state.managedDelay = 0;
  state.local = { mode: 'block' };
  const second = service.refresh();
  await Promise.all([first, second]);
  expect((await service.current()).values.mode).toBe('block');
});

test('while a change is being applied, current() answers with the new policy', async () => {
  const { state, storage } = fakeStorage({ local: { mode: 'warn' } });
  const service = createPolicyService(storage);
  expect((await service.current()).values.mode).toBe('warn');
  state.local = { mode: 'redact' };
  void service.refresh();
  expect((await service.current()).values.mode).toBe('redact');
});
