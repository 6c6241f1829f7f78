/** An in-process collector on in-memory SQLite for `fastify.inject` tests. */
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { buildPromptFinding } from '../../shared/events/ocsf/build-finding';
import { EXAMPLE_DEVICE, exampleFlaggedPrompt } from '../../shared/events/ocsf/examples';
import type { DataSecurityFindingEvent } from '../../shared/events/ocsf/events';
import type { EnrollResponse } from '../../shared/sync/protocol';
import { createTenant } from '../admin/admin';
import { DEFAULT_LIMITS, type CollectorLimits } from '../config';
import { buildCollector } from '../http/app';
import { openSqliteStorage } from '../storage/sqlite';
import type { Storage } from '../storage/storage';

export interface TestCollector {
  readonly app: FastifyInstance;
  readonly storage: Storage;
  /** Creates a tenant and returns its id and enrollment token. */
  tenant(name: string): Promise<{ id: string; enrollmentToken: string }>;
  enroll(enrollmentToken: string, installId: string): Promise<EnrollResponse>;
}

export async function testCollector(options: { limits?: Partial<CollectorLimits>; logger?: FastifyServerOptions['logger']; now?: () => number } = {}): Promise<TestCollector> {
  const storage = openSqliteStorage(':memory:');
  const app = buildCollector({ storage, limits: { ...DEFAULT_LIMITS, ...options.limits }, logger: options.logger ?? false, ...(options.now ? { now: options.now } : {}) });
  await app.ready();
  return {
    app,
    storage,
    async tenant(name) {
      const { tenant, enrollmentToken } = await createTenant(storage, name, Date.now());
      return { id: tenant.id, enrollmentToken };
    },
    async enroll(enrollmentToken, installId) {
      const res = await app.inject({ method: 'POST', url: '/v1/enroll', payload: { enrollmentToken, installId, browser: 'chrome', extensionVersion: '0.2.0' } });
      if (res.statusCode !== 200) throw new Error(`enroll failed: ${res.statusCode} ${res.body}`);
      return res.json<EnrollResponse>();
    },
  };
}

export function findingFor(installId: string, eventId: string): DataSecurityFindingEvent {
  return buildPromptFinding(exampleFlaggedPrompt({ eventId, device: { ...EXAMPLE_DEVICE, installId } }));
}
