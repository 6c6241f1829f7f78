/**
 * OCSF identifiers Sightline emits, pinned to OCSF 1.5.0 (released 2025-04-28). Every id below was
 * checked against the schema sources of that release (issue 7, enum check), not written from
 * memory; `schema.ts` restricts each id attribute to the members listed here, so a wrong id fails
 * the tests. Sources (https://github.com/ocsf/ocsf-schema, tag v1.5.0; browsable at
 * https://schema.ocsf.io/1.5.0/):
 *   - events/findings/data_security_finding.json: uid 6 in Findings (2) → class 2006; activity
 *     1 Create, 2 Update, 3 Close, 4 Suppressed (deprecated since 1.4.0).
 *   - events/application/web_resources_activity.json: uid 1 in Application Activity (6) → 6001;
 *     activity 1 Create … 8 Share; 0 Unknown and 99 Other from dictionary.json `activity_id`.
 *   - events/discovery/inventory_info.json ("Device Inventory Info"): uid 1 in Discovery (5) →
 *     5001; activity 1 Log, 2 Collect (from events/discovery/discovery.json); `device` required.
 *   - events/base_event.json: class 0 Base Event, category 0 Uncategorized, activity 0 Unknown /
 *     99 Other; `count`, `start_time`, `end_time`, `timezone_offset`, `status_id` live here.
 *   - dictionary.json: `severity_id` 0 Unknown … 6 Fatal, 99 Other; `status_id` 0 Unknown,
 *     1 Success, 2 Failure, 99 Other; `disposition_id` 0–27, 99; `data_lifecycle_state_id`
 *     0–3, 99; `detection_system_id` 0–12, 99.
 *   - profiles/security_control.json (on base_event since 1.4.0, PR #1281): `action_id`
 *     0 Unknown, 1 Allowed, 2 Denied, 3 Observed, 4 Modified, 99 Other (3 and 4 added in 1.4.0,
 *     PR #1265: https://github.com/ocsf/ocsf-schema/pull/1265).
 *   - objects/data_classification.json (extended by data_security): `category_id` 0 Unknown,
 *     1 Personal, 2 Governmental, 3 Financial, 4 Business, 5 Military and Law Enforcement,
 *     6 Security, 99 Other.
 *   - objects/agent.json: `type_id` 0 Unknown, 1 EDR, 2 Data Loss Prevention, 3 Backup &
 *     Recovery, 4 Performance Monitoring & Observability, 5 Vulnerability Management, 6 Log
 *     Forwarding, 7 MDM, 8 Configuration Management, 9 Remote Access, 99 Other.
 *   - objects/endpoint.json (extended by device): `type_id` 0 Unknown, 1 Server … 15 Load
 *     Balancer, 99 Other.
 * How they were read: the v1.5.0 sources as cached in mcm/pydantic-ocsf
 * (`.schema_cache/ocsf-schema-v1.5.0.json`, a snapshot taken just after the release, its
 * `version_info` says 1.6.0-dev), cross-checked with ocsf-schema's CHANGELOG.md: no 1.6.0 entry
 * touches any enum listed here, and 1.4.0 is where `action_id` gained Observed and Modified.
 * The check found no wrong id; it changed two things that were wrong against the text of the
 * schema: health records set `status` without `status_id` (OCSF: `status` is the caption of
 * `status_id`, source-defined only for 99 Other), and records with activity 99 Other carried no
 * `activity_name` (where OCSF puts the source's activity). Risky-intent findings moved from
 * category 6 Security ("passwords, API keys, credentials and similar secrets") to 99 Other: a
 * jailbreak attempt is not sensitive data of any listed category.
 */
import type { Category, Severity } from '../../engine/types';

export const OCSF_VERSION = '1.5.0';

export const PRODUCT = { name: 'Sightline', vendor_name: 'Sightline' } as const;

/** `type_uid` is always `class_uid * 100 + activity_id` (base_event, `type_uid`). */
export function typeUid(classUid: number, activityId: number): number {
  return classUid * 100 + activityId;
}

/** Findings category (2), Data Security Finding class: a DLP-style detection. */
export const DATA_SECURITY_FINDING = { class_uid: 2006, category_uid: 2, activity_create: 1 } as const;
/**
 * Application Activity category (6), Web Resources Activity: the daily usage summary is a user's
 * activity against one web application (the AI app), aggregated with the base event's `count`,
 * `start_time` and `end_time`, which OCSF defines for exactly this ("the number of times that
 * events in the same logical group occurred during the Start Time to End Time period"). A day
 * mixes prompts (Create), pastes and uploads (Import), so the activity is 99 Other, named in
 * `activity_name`. Rejected: Base Event (loses the web application as a typed resource),
 * Web Resource Access Activity 6004 (deprecated since 1.0.0 and about access decisions),
 * HTTP Activity 4002 (a day of use is not one request).
 */
export const WEB_RESOURCES_ACTIVITY = { class_uid: 6001, category_uid: 6, activity_other: 99 } as const;
export const USAGE_ACTIVITY_NAME = 'Daily Usage';
/**
 * Discovery category (5), Device Inventory Info: the heartbeat reports the state of one managed
 * install (agent version, policy, mode, queue size), which is what inventory records are for.
 * Activity 1 Log: the device reports on itself.
 */
export const DEVICE_INVENTORY_INFO = { class_uid: 5001, category_uid: 5, activity_log: 1 } as const;
/**
 * Base Event (class 0, category 0 Uncategorized): health records (policy errors, adapter health,
 * outbox drops) describe Sightline itself and fit no OCSF class; OCSF offers the base event for
 * "events that are not otherwise defined by the schema", with activity 99 Other named in
 * `activity_name`, and `status_id` 99 Other with the kind in `status`.
 */
export const BASE_EVENT = { class_uid: 0, category_uid: 0, activity_other: 99 } as const;
export const HEALTH_ACTIVITY_NAME = 'Sightline Health';
/** base_event `status_id` 99 Other: `status` then carries the source's value (our health kind). */
export const STATUS_OTHER = 99;

export const EMITTED_CLASS_UIDS = [
  DATA_SECURITY_FINDING.class_uid,
  WEB_RESOURCES_ACTIVITY.class_uid,
  DEVICE_INVENTORY_INFO.class_uid,
  BASE_EVENT.class_uid,
] as const;

/** OCSF `severity_id`: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical. */
export const SEVERITY_ID: Record<Severity, number> = { low: 2, medium: 3, high: 4, critical: 5 };
export const SEVERITY_INFORMATIONAL = 1;

/**
 * `data_security.category_id` (data_classification): 1 Personal, 4 Business, 6 Security,
 * 99 Other. Secrets are security data ("API keys, credentials and similar secrets"); source code
 * and confidential markers are business data ("intellectual property"); risky intent and custom
 * patterns are no category OCSF lists.
 */
export const DATA_CATEGORY_ID: Record<Category, number> = {
  pii: 1, secret: 6, code: 4, confidential: 4, intent: 99, custom: 99,
};

/** `data_lifecycle_state_id` 2 Data in-Transit: the prompt is on its way to a third party. */
export const DATA_IN_TRANSIT = 2;
/** `detection_system_id` 1 Endpoint: "a dedicated agent or sensor installed on a device". */
export const DETECTION_SYSTEM_ENDPOINT = 1;
/** `agent.type_id` 2 Data Loss Prevention. */
export const AGENT_TYPE_DLP = 2;
/** `device.type_id` 0 Unknown: a browser extension cannot tell desktop from laptop. */
export const DEVICE_TYPE_UNKNOWN = 0;

export const ENFORCEMENT_ACTIONS = ['observed', 'warned', 'cancelled', 'blocked', 'redacted'] as const;
export type EnforcementAction = (typeof ENFORCEMENT_ACTIONS)[number];

/**
 * Security Control profile. `action_id`: 1 Allowed, 2 Denied, 3 Observed, 4 Modified.
 * `disposition_id`: 2 Blocked, 11 Corrected, 15 Detected, 19 Alert. The profile pairs them:
 * Observed with Logged/Alert/Detected/Count, Modified with Restored/Corrected/Delayed/…;
 * Alert is "resulted in a notification but request was not blocked". A warning the user
 * overrode was allowed with an alert; one the user heeded was denied.
 */
export const ENFORCEMENT_IDS: Record<EnforcementAction, { action_id: number; disposition_id: number }> = {
  observed: { action_id: 3, disposition_id: 15 },
  warned: { action_id: 1, disposition_id: 19 },
  cancelled: { action_id: 2, disposition_id: 2 },
  blocked: { action_id: 2, disposition_id: 2 },
  redacted: { action_id: 4, disposition_id: 11 },
};

/**
 * Every member of each OCSF 1.5.0 enum we set, from the sources above. The JSON Schema allows
 * exactly these, so a typo or an id from another version is refused, by the tests and by the
 * collector alike.
 */
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
export const OCSF_ENUMS = {
  severity_id: [...range(0, 6), 99],
  status_id: [0, 1, 2, 99],
  action_id: [...range(0, 4), 99],
  disposition_id: [...range(0, 27), 99],
  data_category_id: [...range(0, 6), 99],
  data_lifecycle_state_id: [...range(0, 3), 99],
  detection_system_id: [...range(0, 12), 99],
  agent_type_id: [...range(0, 9), 99],
  device_type_id: [...range(0, 15), 99],
} as const;
