/** Administration over the storage interface; the CLI (`cli.ts`) only parses arguments and prints. */
import { WEB_RESOURCES_ACTIVITY } from '../../shared/events/ocsf/constants';
import type { UsageSummaryEvent } from '../../shared/events/ocsf/events';
import { ENROLLMENT_TOKEN_PREFIX, hashToken, newHmacKey, newToken } from '../auth/tokens';
import type { Device, Storage, Tenant } from '../storage/storage';

export async function createTenant(storage: Storage, name: string, now: number): Promise<{ tenant: Tenant; enrollmentToken: string }> {
  if (!name.trim()) throw new Error('A tenant needs a name');
  if (await storage.tenantByName(name)) throw new Error(`A tenant named ${JSON.stringify(name)} already exists`);
  const enrollmentToken = newToken(ENROLLMENT_TOKEN_PREFIX);
  const tenant = await storage.createTenant(name, hashToken(enrollmentToken), newHmacKey(), now);
  return { tenant, enrollmentToken };
}

/** A new enrollment token; the old one stops enrolling at once. Enrolled devices are unaffected. */
export async function rotateEnrollmentToken(storage: Storage, tenantName: string): Promise<string> {
  const tenant = await requireTenant(storage, tenantName);
  const enrollmentToken = newToken(ENROLLMENT_TOKEN_PREFIX);
  await storage.setEnrollmentTokenHash(tenant.id, hashToken(enrollmentToken));
  return enrollmentToken;
}

export async function listDevices(storage: Storage, tenantName: string): Promise<Device[]> {
  return storage.listDevices((await requireTenant(storage, tenantName)).id);
}

/** The device's token stops working immediately and the install can never enroll again. */
export async function revokeDevice(storage: Storage, tenantName: string, installId: string, now: number): Promise<boolean> {
  return storage.revokeDevice((await requireTenant(storage, tenantName)).id, installId, now);
}

/** One stored usage summary, as the shadow-AI inventory lists it. */
export interface UsageLine {
  readonly day: string;
  readonly app: string;
  readonly user: string;
  readonly installId: string;
  readonly prompts: number;
  readonly pastes: number;
  readonly uploads: number;
  readonly flagged: number;
  readonly actions: Readonly<Record<string, number>>;
}

/** The tenant's daily usage summaries (OCSF class 6001), oldest received first. */
export async function usageSummaries(storage: Storage, tenantName: string, limit: number): Promise<UsageLine[]> {
  const tenant = await requireTenant(storage, tenantName);
  return (await storage.listEvents(tenant.id, limit, WEB_RESOURCES_ACTIVITY.class_uid)).flatMap((stored) => {
    const event = JSON.parse(stored.body) as Partial<UsageSummaryEvent>;
    const s = event.unmapped?.sightline;
    if (s?.kind !== 'usage_summary') return [];
    return [{
      day: s.day, app: s.app, user: event.actor?.user.uid ?? '-', installId: stored.installId,
      prompts: s.prompts, pastes: s.pastes, uploads: s.uploads, flagged: s.flagged, actions: s.actions,
    }];
  });
}

export const DAY_MS = 86_400_000;

/** Deletes events received more than `days` days ago, in one tenant or all. */
export async function purgeOlderThan(storage: Storage, days: number, now: number, tenantName?: string): Promise<number> {
  const tenantId = tenantName === undefined ? undefined : (await requireTenant(storage, tenantName)).id;
  return storage.purgeEventsBefore(now - days * DAY_MS, tenantId);
}

async function requireTenant(storage: Storage, name: string): Promise<Tenant> {
  const tenant = await storage.tenantByName(name);
  if (!tenant) throw new Error(`No tenant named ${JSON.stringify(name)}`);
  return tenant;
}
