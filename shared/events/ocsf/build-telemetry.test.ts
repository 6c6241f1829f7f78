import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { buildDeviceStatus, buildHealthRecord, buildUsageSummary, deviceStatusId, startOfUtcHour, usageSummaryId } from './build-telemetry';
import { EXAMPLE_DEVICE, PLANTED } from './examples';
import { idempotencyKey, sightlineEventSchema } from './schema';

const closed = new Ajv({ allErrors: true }).compile(sightlineEventSchema({ closed: true }));
const DAY = Date.UTC(2026, 10, 27);

const events = {
  usage: buildUsageSummary({
    eventId: usageSummaryId(EXAMPLE_DEVICE.installId, 'chatgpt', '2026-11-27'), device: EXAMPLE_DEVICE, app: 'chatgpt', host: 'chatgpt.com',
    day: '2026-11-27', dayStart: DAY, dayEnd: DAY + 86_400_000, timezoneOffset: 0,
    counts: { prompts: 42, pastes: 7, uploads: 1, flagged: 3, actions: { warned: 2, blocked: 1 } },
  }),
  status: buildDeviceStatus({
    eventId: 'status-1', time: DAY, device: EXAMPLE_DEVICE, policyHash: 'sha256:3f2a', mode: 'warn', privacyMode: 'metadata',
    outboxSize: 12, deadLetters: 0,
  }),
  health: buildHealthRecord({
    eventId: 'health-1', time: DAY, device: EXAMPLE_DEVICE, kind: 'outbox_drops', code: 'queue_full',
    message: 'outbox full: dropped low-severity events', counters: { low: 10, medium: 2 },
  }),
};

describe('telemetry events', () => {
  test.each(Object.entries(events))('%s validates against the closed schema', (_name, event) => {
    const ok = closed(event);
    expect(closed.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test.each([
    ['usage', 6001, 600199], ['status', 5001, 500101], ['health', 0, 99],
  ] as const)('%s is class %i with type_uid %i', (name, classUid, typeUid) => {
    expect([events[name].class_uid, events[name].type_uid]).toEqual([classUid, typeUid]);
    expect(idempotencyKey(events[name])).toBe(events[name].metadata.uid);
  });

  test.each([
    ['usage', { activity_id: 99, activity_name: 'Daily Usage', count: 50, timezone_offset: 0 }],
    ['health', { activity_id: 99, activity_name: 'Sightline Health', status_id: 99, status: 'outbox_drops' }],
  ] as const)('%s: activity 99 Other is named, status 99 Other carries the kind', (name, expected) => {
    expect(events[name]).toMatchObject(expected);
  });

  test('a health message never carries a known raw value', () => {
    const event = buildHealthRecord({
      eventId: 'h', time: DAY, device: EXAMPLE_DEVICE, kind: 'policy_error', code: 'schema_invalid',
      message: `could not handle ${PLANTED.awsKey}`,
    }, [PLANTED.awsKey]);
    expect(JSON.stringify(event)).not.toContain(PLANTED.awsKey);
  });
});

describe('deterministic ids', () => {
  test.each([
    [Date.UTC(2026, 10, 27, 13, 59, 59), Date.UTC(2026, 10, 27, 13)],
    [Date.UTC(2026, 10, 27, 0, 0, 0), Date.UTC(2026, 10, 27, 0)],
  ])('%i → hour %i', (time, hour) => {
    expect(startOfUtcHour(time)).toBe(hour);
    expect(deviceStatusId('i', startOfUtcHour(time))).toBe(deviceStatusId('i', hour));
  });

  test('one usage summary id per install, app and local day', () => {
    expect(usageSummaryId('i', 'chatgpt', '2026-11-27')).toBe('usage:i:chatgpt:2026-11-27');
    expect(new Set([usageSummaryId('i', 'chatgpt', '2026-11-27'), usageSummaryId('i', 'gemini', '2026-11-27'), usageSummaryId('i', 'chatgpt', '2026-11-28')]).size).toBe(3);
  });
});
