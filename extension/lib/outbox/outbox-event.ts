/** Turns built OCSF events into outbox entries, and loss counters into a health record. */
import { buildHealthRecord } from '../../../shared/events/ocsf/build-telemetry';
import type { SightlineEvent } from '../../../shared/events/ocsf/events';
import type { DeviceContext } from '../../../shared/events/ocsf/inputs';
import { idempotencyKey } from '../../../shared/events/ocsf/schema';
import type { OutboxEvent } from './outbox-store';
import type { OutboxCounters } from './outbox-types';

export function toOutboxEvent(event: SightlineEvent): OutboxEvent {
  return { uid: idempotencyKey(event), priority: event.severity_id, body: JSON.stringify(event) };
}

/** OCSF severity_id → name, for readable counter keys (`dropped_low`). */
const SEVERITY_NAMES: Readonly<Record<string, string>> = { 1: 'informational', 2: 'low', 3: 'medium', 4: 'high', 5: 'critical', 6: 'fatal' };

/** The `outbox_drops` health record for `reportCounters`. Counts only: no event content. */
export function dropsRecord(device: DeviceContext, eventId: string, time: number) {
  return (counters: OutboxCounters): OutboxEvent => {
    const numbers: Record<string, number> = { dead_lettered: counters.deadLettered };
    for (const [priority, n] of Object.entries(counters.dropped)) numbers[`dropped_${SEVERITY_NAMES[priority] ?? priority}`] = n;
    const dropped = Object.values(counters.dropped).reduce((a, b) => a + b, 0);
    return toOutboxEvent(buildHealthRecord({
      eventId, time, device, kind: 'outbox_drops', code: dropped ? 'queue_full' : 'rejected',
      message: `${dropped} events dropped (queue full), ${counters.deadLettered} refused by the collector`, counters: numbers,
    }));
  };
}
