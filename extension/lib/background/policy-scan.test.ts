import { expect, test, vi } from 'vitest';
import type { Scan } from '../../../shared/engine';
import { resolvePolicy, type EffectivePolicy } from '../../../shared/policy/resolve';
import type { PolicyListener, PolicyService } from '../policy/policy-service';
import { createPolicyScan } from './policy-scan';

function fakePolicy(managed: Record<string, unknown>) {
  let current: EffectivePolicy = resolvePolicy({ managed, local: {}, lastValidManaged: {} });
  const listeners: PolicyListener[] = [];
  const service: PolicyService = {
    current: async () => current,
    refresh: async () => current,
    onChange: (l) => listeners.push(l),
  };
  const change = async (next: Record<string, unknown>) => {
    current = resolvePolicy({ managed: next, local: {}, lastValidManaged: {} });
    for (const l of listeners) await l(current);
  };
  return { service, change };
}

test('scans with the options of the policy in force, and follows live changes', async () => {
  const { service, change } = fakePolicy({ mode: 'block', confidentialKeywords: ['Bluebird'] });
  const scan = vi.fn<Scan>(() => ({}) as ReturnType<Scan>);
  const engine = createPolicyScan(service, scan);
  expect(await engine.getEnforcementConfig()).toMatchObject({ mode: 'block' });
  engine.scan('text', { flagThreshold: 10 });
  expect(scan).toHaveBeenLastCalledWith('text', expect.objectContaining({ confidentialKeywords: ['Bluebird'], flagThreshold: 10 }));
  await change({ mode: 'monitor', confidentialKeywords: ['Falcon'] });
  engine.scan('text');
  expect(scan).toHaveBeenLastCalledWith('text', expect.objectContaining({ confidentialKeywords: ['Falcon'] }));
  expect((await engine.getEnforcementConfig()).mode).toBe('monitor');
});
