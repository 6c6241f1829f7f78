import { describe, expect, test } from 'vitest';
import { startOfUtcHour } from '../../../shared/events/ocsf/build-telemetry';
import { EXAMPLE_DEVICE } from '../../../shared/events/ocsf/examples';
import { DEFAULT_POLICY } from '../../../shared/policy/policy';
import type { PolicyErrorRecord } from '../policy/policy-errors';
import { heartbeat, policyErrorId, policyHash, unsentPolicyErrors } from './housekeeping';

const NOW = 1_795_809_438_991;
const values = { ...DEFAULT_POLICY, collectorUrl: 'https://c.example', enrollmentToken: 'sle_secret_token' };

describe('policyHash', () => {
  test('stable across key order, changes with a value, ignores the enrollment token', async () => {
    const reordered = Object.fromEntries(Object.entries(values).reverse()) as typeof values;
    const hash = await policyHash(values);
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/u);
    expect(await policyHash(reordered)).toBe(hash);
    expect(await policyHash({ ...values, mode: 'block' })).not.toBe(hash);
    expect(await policyHash({ ...values, enrollmentToken: 'sle_other' })).toBe(hash);
  });
});

describe('heartbeat', () => {
  const input = { device: EXAMPLE_DEVICE, values, policyHash: 'sha256:ab', outboxSize: 7, deadLetters: 1 };
  test('one per UTC hour, with a deterministic id', () => {
    const beat = heartbeat(input, undefined, NOW);
    expect(beat?.metadata.uid).toBe(`status:${EXAMPLE_DEVICE.installId}:${startOfUtcHour(NOW)}`);
    expect(beat?.unmapped.sightline).toMatchObject({ kind: 'device_status', policy_hash: 'sha256:ab', mode: 'warn', outbox_size: 7, dead_letters: 1 });
    expect(heartbeat(input, startOfUtcHour(NOW), NOW + 60_000)).toBeNull();
    expect(heartbeat(input, startOfUtcHour(NOW), NOW + 3_600_000)).not.toBeNull();
  });
});

describe('unsentPolicyErrors', () => {
  const record = (key: string, message: string): PolicyErrorRecord => ({ kind: 'policy_error', source: 'managed', key, message, firstSeen: NOW, lastSeen: NOW + 5 });
  const stored = [record('mode', 'must be one of monitor, warn'), record('enrollmentToken', 'bad value sle_secret_token')];

  test('each stored problem once, scrubbed of secrets', () => {
    const first = unsentPolicyErrors(stored, [], EXAMPLE_DEVICE, ['sle_secret_token']);
    expect(first.map((e) => e.id)).toEqual(stored.map((r) => policyErrorId(EXAMPLE_DEVICE.installId, r)));
    expect(first.map((e) => [e.event.status, e.event.message])).toEqual([
      ['policy_error', 'mode: must be one of monitor, warn'],
      ['policy_error', 'enrollmentToken: bad value [REDACTED]'],
    ]);
    expect(unsentPolicyErrors(stored, [first[0]!.id], EXAMPLE_DEVICE, []).map((e) => e.id)).toEqual([first[1]!.id]);
  });

  test.each([[undefined], ['nope'], [[{ kind: 'other' }]]])('ignores a corrupt stored value %o', (value) => {
    expect(unsentPolicyErrors(value, [], EXAMPLE_DEVICE, [])).toEqual([]);
  });
});
