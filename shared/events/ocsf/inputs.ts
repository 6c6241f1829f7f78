/**
 * What the event builders take. Everything is plain data produced on the device; the builders
 * decide, by privacy mode, what of it leaves the device.
 */
import type { Category, Severity } from '../../engine/types';
import type { EnforcementAction } from './constants';

/**
 * `metadata` (default): no prompt content, only types, counts and an HMAC fingerprint.
 * `redacted`: plus the prompt with every detected span replaced by its placeholder.
 * `full`: plus the raw prompt; only when an administrator sets it in managed policy.
 */
export const PRIVACY_MODES = ['metadata', 'redacted', 'full'] as const;
export type PrivacyMode = (typeof PRIVACY_MODES)[number];

/** Who and where: the same on every event of one install. */
export interface DeviceContext {
  /** Random id created at install; also the OCSF `device.uid`. */
  readonly installId: string;
  /** Directory id from managed policy, when the organisation sets one. */
  readonly userId?: string;
  /** e.g. `chrome`, `firefox`, `edge`. */
  readonly browser: string;
  readonly extensionVersion: string;
}

export interface FindingInput {
  readonly type: string;
  readonly category: Category;
  readonly severity: Severity;
  /** Offsets into `rawText` (JS string indices, end exclusive). */
  readonly start: number;
  readonly end: number;
}

export interface FlaggedPromptInput {
  /** Random UUID; becomes `finding_info.uid`, the collector's idempotency key. */
  readonly eventId: string;
  /** Epoch ms when the prompt was submitted. */
  readonly time: number;
  readonly device: DeviceContext;
  /** Site adapter id, e.g. `chatgpt`. */
  readonly app: string;
  readonly host: string;
  readonly action: EnforcementAction;
  /** 0–100. */
  readonly risk: number;
  /** Short reason codes, e.g. `secret.aws_access_key`. Never contain a matched value. */
  readonly reasons: readonly string[];
  readonly findings: readonly FindingInput[];
  /** The engine's redaction: every detected span replaced by its placeholder. */
  readonly redactedText: string;
  /** The submitted prompt. Leaves the device only in `full` mode. */
  readonly rawText: string;
  readonly privacyMode: PrivacyMode;
  /** Hex HMAC-SHA256 of the normalised prompt; absent before enrollment provides the key. */
  readonly fingerprint?: string;
  /** Hash of the policy in force, for correlation with policy changes. */
  readonly policyHash?: string;
  /** The scan left part of the prompt unchecked (`scanWasCapped`): `findings` is a lower bound. */
  readonly capped?: true;
}

export interface UsageCounts {
  readonly prompts: number;
  readonly pastes: number;
  readonly uploads: number;
  readonly flagged: number;
  /** Count per enforcement action taken. */
  readonly actions: Readonly<Partial<Record<EnforcementAction, number>>>;
}

export interface UsageSummaryInput {
  readonly eventId: string;
  readonly device: DeviceContext;
  readonly app: string;
  readonly host: string;
  /** The local calendar day the counts cover, `YYYY-MM-DD` in the device's time zone. */
  readonly day: string;
  /** Its first and its end instant (epoch ms, end exclusive): 23, 24 or 25 hours apart. */
  readonly dayStart: number;
  readonly dayEnd: number;
  /** Minutes the device's clock is ahead of UTC at `dayEnd` (OCSF `timezone_offset`). */
  readonly timezoneOffset: number;
  readonly counts: UsageCounts;
}

export const HEALTH_KINDS = ['policy_error', 'adapter_health', 'outbox_drops'] as const;
export type HealthKind = (typeof HEALTH_KINDS)[number];

export interface HealthInput {
  readonly eventId: string;
  readonly time: number;
  readonly device: DeviceContext;
  readonly kind: HealthKind;
  /** Machine-readable code, e.g. `selector_missing`, `schema_invalid`, `queue_full`. */
  readonly code: string;
  /** Human-readable; scrubbed of any value in `sensitiveValues` before it leaves. */
  readonly message: string;
  /** Numbers only, so no free text hides in them (drops per severity, error counts …). */
  readonly counters?: Readonly<Record<string, number>>;
  /** Site the record is about, for adapter health. */
  readonly app?: string;
}

export const SIGHTLINE_MODES = ['monitor', 'warn', 'block', 'redact'] as const;
export type SightlineMode = (typeof SIGHTLINE_MODES)[number];

export interface DeviceStatusInput {
  readonly eventId: string;
  readonly time: number;
  readonly device: DeviceContext;
  readonly policyHash: string;
  readonly mode: SightlineMode;
  readonly privacyMode: PrivacyMode;
  readonly outboxSize: number;
  readonly deadLetters: number;
}
