/**
 * JSON Schema (draft 2020-12 subset that Ajv 8 runs) of exactly the OCSF 1.5.0 events Sightline
 * emits, restricted to the attributes we set. Written from the OCSF 1.5.0 schema sources
 * (https://github.com/ocsf/ocsf-schema/tree/v1.5.0, browsable at https://schema.ocsf.io/1.5.0/):
 * events/findings/data_security_finding.json, events/application/web_resources_activity.json,
 * events/discovery/inventory_info.json, events/base_event.json, profiles/security_control.json,
 * dictionary.json, and objects metadata, product, device/endpoint, agent, user, network_endpoint,
 * finding_info, data_security/data_classification, web_resource. Every `*_id` is limited to the
 * members of its OCSF 1.5.0 enum (`OCSF_ENUMS` in constants.ts, where each id is traced to its
 * source file, and to the issue-7 check that verified them).
 *
 * `closed: true` forbids any attribute we do not document (tests: we emit nothing else).
 * `closed: false` is what the collector enforces: the same types and requirements, unknown
 * attributes kept, so a newer extension can add fields without a collector release.
 */
import { CATEGORIES, SEVERITIES } from '../../engine/types';
import {
  BASE_EVENT, DATA_SECURITY_FINDING, DEVICE_INVENTORY_INFO, EMITTED_CLASS_UIDS, ENFORCEMENT_ACTIONS, HEALTH_ACTIVITY_NAME,
  OCSF_ENUMS, OCSF_VERSION, STATUS_OTHER, USAGE_ACTIVITY_NAME, WEB_RESOURCES_ACTIVITY, typeUid,
} from './constants';
import { HEALTH_KINDS, PRIVACY_MODES, SIGHTLINE_MODES } from './inputs';
import { RAW_TEXT_MAX_CHARS, REASONS_MAX, REDACTED_TEXT_MAX_CHARS } from './privacy';

export type JsonSchema = { readonly [key: string]: unknown };

/** Longest id we accept: UUIDs and our deterministic `usage:…` ids fit with room to spare. */
export const UID_MAX_CHARS = 200;
const SHORT = 256;

const str = (max = SHORT): JsonSchema => ({ type: 'string', minLength: 1, maxLength: max });
const int = (minimum = 0, maximum = Number.MAX_SAFE_INTEGER): JsonSchema => ({ type: 'integer', minimum, maximum });
const count = int();
const epochMs = int(0);
const oneOf = (values: readonly number[]): JsonSchema => ({ enum: [...values] });
/** base_event `timezone_offset`: minutes ahead of UTC, "in the range -1,080 to +1,080". */
const TIMEZONE_OFFSET_MAX_MINUTES = 1_080;
/** A local calendar day, `YYYY-MM-DD`. */
const LOCAL_DAY = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

/** One schema per emitted class, for validators that dispatch on `class_uid` themselves. */
export function sightlineSchemasByClass({ closed }: { closed: boolean }): ReadonlyMap<number, JsonSchema> {
  const obj = (properties: Record<string, JsonSchema>, required: readonly string[] = Object.keys(properties)): JsonSchema => ({
    type: 'object', properties, required, additionalProperties: !closed,
  });
  const optional = (properties: Record<string, JsonSchema>, required: readonly string[]) => obj(properties, required);
  const device = obj({
    uid: str(UID_MAX_CHARS),
    type_id: oneOf(OCSF_ENUMS.device_type_id),
    agent_list: { type: 'array', minItems: 1, maxItems: 4, items: obj({ name: str(), uid: str(UID_MAX_CHARS), version: str(64), type_id: oneOf(OCSF_ENUMS.agent_type_id) }) },
  });
  const base = (classUid: number, categoryUid: number, activityId: number): Record<string, JsonSchema> => ({
    class_uid: { const: classUid },
    category_uid: { const: categoryUid },
    activity_id: { const: activityId },
    type_uid: { const: typeUid(classUid, activityId) },
    severity_id: oneOf(OCSF_ENUMS.severity_id),
    time: epochMs,
    metadata: obj({ version: { const: OCSF_VERSION }, product: obj({ name: str(), vendor_name: str(), version: str(64) }), uid: str(UID_MAX_CHARS) }),
    device,
    actor: obj({ user: obj({ uid: str() }) }),
  });
  const baseRequired = ['class_uid', 'category_uid', 'activity_id', 'type_uid', 'severity_id', 'time', 'metadata', 'device', 'unmapped'];
  const enumOf = (values: readonly string[]): JsonSchema => ({ enum: [...values] });
  const strings = (maxItems: number, max = SHORT): JsonSchema => ({ type: 'array', maxItems, items: str(max) });
  const text = (max: number): JsonSchema => ({ type: 'string', maxLength: max });

  const finding = obj({
    ...base(DATA_SECURITY_FINDING.class_uid, DATA_SECURITY_FINDING.category_uid, DATA_SECURITY_FINDING.activity_create),
    action_id: oneOf(OCSF_ENUMS.action_id),
    disposition_id: oneOf(OCSF_ENUMS.disposition_id),
    finding_info: obj({ uid: str(UID_MAX_CHARS), title: str(), types: strings(100), created_time: epochMs }),
    dst_endpoint: obj({ hostname: str(253) }),
    data_security: obj({
      category_id: oneOf(OCSF_ENUMS.data_category_id), data_lifecycle_state_id: oneOf(OCSF_ENUMS.data_lifecycle_state_id),
      detection_system_id: oneOf(OCSF_ENUMS.detection_system_id), detection_pattern: text(4_096),
    }),
    unmapped: obj({
      sightline: optional({
        kind: { const: 'flagged_prompt' }, app: str(), browser: str(64), action: enumOf(ENFORCEMENT_ACTIONS),
        risk: int(0, 100), reasons: strings(REASONS_MAX), privacy_mode: enumOf(PRIVACY_MODES), prompt_length: count,
        findings: { type: 'array', maxItems: 100, items: obj({ type: str(), category: enumOf(CATEGORIES), severity: enumOf(SEVERITIES), count: int(1) }) },
        fingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$' }, policy_hash: str(128), capped: { const: true },
        redacted_text: text(REDACTED_TEXT_MAX_CHARS), raw_text: text(RAW_TEXT_MAX_CHARS), truncated: { const: true },
      }, ['kind', 'app', 'browser', 'action', 'risk', 'reasons', 'findings', 'privacy_mode', 'prompt_length']),
    }),
  }, [...baseRequired, 'action_id', 'disposition_id', 'finding_info', 'dst_endpoint', 'data_security']);

  const usage = obj({
    ...base(WEB_RESOURCES_ACTIVITY.class_uid, WEB_RESOURCES_ACTIVITY.category_uid, WEB_RESOURCES_ACTIVITY.activity_other),
    activity_name: { const: USAGE_ACTIVITY_NAME },
    count, start_time: epochMs, end_time: epochMs, timezone_offset: int(-TIMEZONE_OFFSET_MAX_MINUTES, TIMEZONE_OFFSET_MAX_MINUTES),
    web_resources: { type: 'array', minItems: 1, maxItems: 1, items: obj({ name: str(), url_string: str(2_048), type: str() }) },
    dst_endpoint: obj({ hostname: str(253) }),
    unmapped: obj({
      sightline: obj({
        kind: { const: 'usage_summary' }, app: str(), browser: str(64), day: LOCAL_DAY,
        prompts: count, pastes: count, uploads: count, flagged: count,
        actions: { type: 'object', propertyNames: enumOf(ENFORCEMENT_ACTIONS), additionalProperties: count },
      }),
    }),
  }, [...baseRequired, 'activity_name', 'count', 'start_time', 'end_time', 'timezone_offset', 'web_resources', 'dst_endpoint']);

  const status = obj({
    ...base(DEVICE_INVENTORY_INFO.class_uid, DEVICE_INVENTORY_INFO.category_uid, DEVICE_INVENTORY_INFO.activity_log),
    unmapped: obj({
      sightline: obj({
        kind: { const: 'device_status' }, browser: str(64), policy_hash: str(128), mode: enumOf(SIGHTLINE_MODES),
        privacy_mode: enumOf(PRIVACY_MODES), outbox_size: count, dead_letters: count,
      }),
    }),
  }, baseRequired);

  const health = obj({
    ...base(BASE_EVENT.class_uid, BASE_EVENT.category_uid, BASE_EVENT.activity_other),
    activity_name: { const: HEALTH_ACTIVITY_NAME },
    status_id: { const: STATUS_OTHER }, status: enumOf(HEALTH_KINDS), status_code: str(64), message: text(500),
    unmapped: obj({
      sightline: optional({
        kind: enumOf(HEALTH_KINDS), browser: str(64), app: str(),
        counters: { type: 'object', maxProperties: 32, additionalProperties: count },
      }, ['kind', 'browser']),
    }),
  }, [...baseRequired, 'activity_name', 'status_id', 'status', 'status_code', 'message']);

  return new Map([
    [DATA_SECURITY_FINDING.class_uid, finding], [WEB_RESOURCES_ACTIVITY.class_uid, usage],
    [DEVICE_INVENTORY_INFO.class_uid, status], [BASE_EVENT.class_uid, health],
  ]);
}

/** Every emitted class in one schema (`allOf` of `if class_uid … then …`). */
export function sightlineEventSchema({ closed }: { closed: boolean }): JsonSchema {
  const byClass = [...sightlineSchemasByClass({ closed })];
  return {
    $id: `https://sightline.dev/schema/ocsf-${OCSF_VERSION}/sightline-event${closed ? '' : '-open'}.json`,
    type: 'object',
    required: ['class_uid'],
    properties: { class_uid: { enum: [...EMITTED_CLASS_UIDS] } },
    allOf: byClass.map(([classUid, schema]) => ({ if: { properties: { class_uid: { const: classUid } } }, then: schema })),
  };
}

/**
 * The collector's idempotency key: `finding_info.uid` on findings, `metadata.uid` on the other
 * classes (which have no finding_info). Call on schema-valid events only.
 */
export function idempotencyKey(event: { class_uid: number; metadata: { uid: string }; finding_info?: { uid: string } }): string {
  return event.class_uid === DATA_SECURITY_FINDING.class_uid && event.finding_info ? event.finding_info.uid : event.metadata.uid;
}
