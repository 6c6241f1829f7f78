import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { buildPromptFinding, summarise } from './build-finding';
import { EXAMPLE_DEVICE, PLANTED, exampleFlaggedPrompt } from './examples';
import type { PrivacyMode } from './inputs';
import { REDACTED_TEXT_MAX_CHARS, SCRUBBED } from './privacy';
import { idempotencyKey, sightlineEventSchema } from './schema';

const validate = new Ajv({ allErrors: true }).compile(sightlineEventSchema({ closed: true }));

function expectValid(event: unknown): void {
  const ok = validate(event);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe('buildPromptFinding', () => {
  test('emits an OCSF 1.5.0 Data Security Finding', () => {
    const event = buildPromptFinding(exampleFlaggedPrompt());
    expectValid(event);
    expect(event).toMatchObject({
      class_uid: 2006, category_uid: 2, type_uid: 200601, activity_id: 1, severity_id: 5,
      metadata: { version: '1.5.0', product: { name: 'Sightline', version: '0.2.0' } },
      finding_info: { uid: '0b7e9c1a-2f4d-4c8e-9a61-5d3f2e1b0c9d', types: ['secret.aws_access_key', 'pii.email'] },
      actor: { user: { uid: 'alice@example.com' } },
      device: { uid: EXAMPLE_DEVICE.installId },
      dst_endpoint: { hostname: 'chatgpt.com' },
      data_security: { category_id: 6 },
      action_id: 1, disposition_id: 19,
    });
    expect(idempotencyKey(event)).toBe(event.finding_info.uid);
  });

  test.each<[PrivacyMode, boolean, boolean]>([
    ['metadata', false, false],
    ['redacted', true, false],
    ['full', true, true],
  ])('privacy mode %s: redacted text %s, raw text %s', (privacyMode, hasRedacted, hasRaw) => {
    const event = buildPromptFinding(exampleFlaggedPrompt({ privacyMode }));
    expectValid(event);
    expect('redacted_text' in event.unmapped.sightline).toBe(hasRedacted);
    expect('raw_text' in event.unmapped.sightline).toBe(hasRaw);
    expect(JSON.stringify(event).includes(PLANTED.awsKey)).toBe(hasRaw);
  });

  test.each<PrivacyMode>(['metadata', 'redacted'])('%s: a raw value that slipped into any text field is scrubbed', (privacyMode) => {
    const event = buildPromptFinding(exampleFlaggedPrompt({
      privacyMode,
      reasons: [`matched ${PLANTED.awsKey}`],
      // An engine bug that left one value unredacted must not leak it.
      redactedText: `key=${PLANTED.awsKey} mail=[EMAIL_1]`,
    }));
    const body = JSON.stringify(event);
    expect(body).not.toContain(PLANTED.awsKey);
    expect(body).not.toContain(PLANTED.email);
    expect(event.unmapped.sightline.reasons[0]).toBe(`matched ${SCRUBBED}`);
  });

  test.each([
    ['fits', 'x'.repeat(REDACTED_TEXT_MAX_CHARS), false],
    ['is cut', 'x'.repeat(REDACTED_TEXT_MAX_CHARS + 1), true],
  ])('redacted text that %s is marked truncated accordingly', (_name, redactedText, truncated) => {
    const event = buildPromptFinding(exampleFlaggedPrompt({ privacyMode: 'redacted', redactedText }));
    expectValid(event);
    expect(event.unmapped.sightline.redacted_text?.length).toBe(REDACTED_TEXT_MAX_CHARS);
    expect(event.unmapped.sightline.truncated === true).toBe(truncated);
  });

  test.each([true, undefined] as const)('capped %s is carried as `capped` and only when set', (capped) => {
    const event = buildPromptFinding(exampleFlaggedPrompt({ capped }));
    expectValid(event);
    expect(event.unmapped.sightline.capped).toBe(capped);
    expect('capped' in event.unmapped.sightline).toBe(capped === true);
  });

  test('events queued before enrollment carry no fingerprint', () => {
    const event = buildPromptFinding(exampleFlaggedPrompt({ fingerprint: undefined }));
    expectValid(event);
    expect(event.unmapped.sightline).not.toHaveProperty('fingerprint');
  });

  test.each([
    ['observed', 3, 15], ['warned', 1, 19], ['cancelled', 2, 2], ['blocked', 2, 2], ['redacted', 4, 11],
  ] as const)('action %s maps to action_id %i and disposition_id %i', (action, actionId, dispositionId) => {
    const event = buildPromptFinding(exampleFlaggedPrompt({ action }));
    expect([event.action_id, event.disposition_id]).toEqual([actionId, dispositionId]);
  });

  test.each([
    ['pii', 1], ['secret', 6], ['code', 4], ['confidential', 4], ['intent', 99], ['custom', 99],
  ] as const)('a top finding of category %s is data_security.category_id %i', (category, id) => {
    const event = buildPromptFinding(exampleFlaggedPrompt({ findings: [{ type: `${category}.x`, category, severity: 'high', start: 0, end: 3 }] }));
    expectValid(event);
    expect(event.data_security.category_id).toBe(id);
  });

  test('without a user id there is no actor', () => {
    const { userId: _omit, ...device } = EXAMPLE_DEVICE;
    const event = buildPromptFinding(exampleFlaggedPrompt({ device }));
    expectValid(event);
    expect(event).not.toHaveProperty('actor');
  });

  const finding = buildPromptFinding(exampleFlaggedPrompt());
  test.each<[string, Record<string, unknown>, boolean]>([
    ['action_id 4 Modified', { action_id: 4 }, true],
    ['action_id 5 (not in OCSF 1.5.0)', { action_id: 5 }, false],
    ['disposition_id 27 Error', { disposition_id: 27 }, true],
    ['disposition_id 28 (not in OCSF 1.5.0)', { disposition_id: 28 }, false],
    ['severity_id 6 Fatal', { severity_id: 6 }, true],
    ['severity_id 7', { severity_id: 7 }, false],
    ['data category 7', { data_security: { ...finding.data_security, category_id: 7 } }, false],
    ['data lifecycle state 4', { data_security: { ...finding.data_security, data_lifecycle_state_id: 4 } }, false],
    ['detection system 13', { data_security: { ...finding.data_security, detection_system_id: 13 } }, false],
    ['agent type 10', { device: { ...finding.device, agent_list: [{ ...finding.device.agent_list[0], type_id: 10 }] } }, false],
  ])('ids are limited to OCSF 1.5.0 enum members: %s → %s', (_name, patch, valid) => {
    expect(validate({ ...finding, ...patch })).toBe(valid);
  });

  test('the closed schema refuses an attribute we do not document', () => {
    expect(validate({ ...buildPromptFinding(exampleFlaggedPrompt()), surprise: 1 })).toBe(false);
  });
});

describe('summarise', () => {
  test('groups by type, keeps the highest severity, orders most severe first', () => {
    expect(summarise([
      { type: 'pii.email', category: 'pii', severity: 'medium', start: 0, end: 1 },
      { type: 'pii.email', category: 'pii', severity: 'high', start: 2, end: 3 },
      { type: 'secret.jwt', category: 'secret', severity: 'critical', start: 4, end: 5 },
    ])).toEqual([
      { type: 'secret.jwt', category: 'secret', severity: 'critical', count: 1 },
      { type: 'pii.email', category: 'pii', severity: 'high', count: 2 },
    ]);
  });
});
