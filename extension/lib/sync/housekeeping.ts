/**
 * Records about Sightline itself that ride the outbox with the findings: the hourly
 * `device_status` heartbeat and one `policy_error` health record per stored policy problem.
 * Ids are deterministic, so a record rebuilt after a worker restart is a duplicate the outbox or
 * the collector drops, never a second record.
 */
import { buildDeviceStatus, buildHealthRecord, deviceStatusId, startOfUtcHour } from '../../../shared/events/ocsf/build-telemetry';
import type { DeviceStatusEvent, HealthEvent } from '../../../shared/events/ocsf/events';
import type { DeviceContext } from '../../../shared/events/ocsf/inputs';
import type { Policy } from '../../../shared/policy/policy';
import type { PolicyErrorRecord } from '../policy/policy-errors';

/** Remembered ids of policy errors already queued; the stored list itself holds at most 50. */
export const SENT_POLICY_ERRORS_MAX = 200;

/**
 * `sha256:<hex>` of the effective values as JSON with sorted keys. The enrollment token is left
 * out: it is a secret, and the collector already knows which tenant a device enrolled with.
 */
export async function policyHash(values: Policy): Promise<string> {
  const { enrollmentToken: _secret, ...rest } = values;
  const sorted = Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(sorted))));
  return `sha256:${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export interface HeartbeatInput {
  readonly device: DeviceContext;
  readonly values: Policy;
  readonly policyHash: string;
  readonly outboxSize: number;
  readonly deadLetters: number;
}

/** The heartbeat for the current UTC hour, or null when this hour's was already queued. */
export function heartbeat(input: HeartbeatInput, lastHourStart: unknown, now: number): DeviceStatusEvent | null {
  const hourStart = startOfUtcHour(now);
  if (lastHourStart === hourStart) return null;
  return buildDeviceStatus({
    eventId: deviceStatusId(input.device.installId, hourStart), time: now, device: input.device,
    policyHash: input.policyHash, mode: input.values.mode, privacyMode: input.values.privacyMode,
    outboxSize: input.outboxSize, deadLetters: input.deadLetters,
  });
}

export function policyErrorId(installId: string, record: PolicyErrorRecord): string {
  return `policy-error:${installId}:${record.firstSeen}:${record.key}`;
}

/**
 * Health records for stored policy problems not yet queued. `secrets` (the enrollment token) are
 * scrubbed from messages, in case a validator ever quotes a value.
 */
export function unsentPolicyErrors(stored: unknown, sent: readonly string[], device: DeviceContext, secrets: readonly string[]): { id: string; event: HealthEvent }[] {
  if (!Array.isArray(stored)) return [];
  const done = new Set(sent);
  return (stored as PolicyErrorRecord[])
    .filter((r) => r?.kind === 'policy_error' && typeof r.key === 'string' && typeof r.message === 'string')
    .map((record) => ({ record, id: policyErrorId(device.installId, record) }))
    .filter(({ id }) => !done.has(id))
    .map(({ record, id }) => ({
      id,
      event: buildHealthRecord({
        eventId: id, time: record.lastSeen, device, kind: 'policy_error', code: 'schema_invalid',
        message: `${record.key}: ${record.message}`,
      }, secrets),
    }));
}
