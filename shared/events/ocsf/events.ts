/**
 * The OCSF events Sightline emits (OCSF 1.5.0), typed. `schema.ts` is the same contract as JSON
 * Schema for validators; a test checks every builder's output against it.
 */
import type { Category, Severity } from '../../engine/types';
import type { EnforcementAction } from './constants';
import type { HealthKind, PrivacyMode, SightlineMode, UsageCounts } from './inputs';

export interface OcsfProduct {
  readonly name: string;
  readonly vendor_name: string;
  readonly version: string;
}

export interface OcsfMetadata {
  readonly version: string;
  readonly product: OcsfProduct;
  /** The event's own id; equals `finding_info.uid` on findings. */
  readonly uid: string;
}

export interface OcsfDevice {
  readonly uid: string;
  readonly type_id: number;
  readonly agent_list: readonly { readonly name: string; readonly uid: string; readonly version: string; readonly type_id: number }[];
}

interface OcsfBase {
  readonly class_uid: number;
  readonly category_uid: number;
  readonly activity_id: number;
  readonly type_uid: number;
  readonly severity_id: number;
  /** Epoch ms. */
  readonly time: number;
  readonly metadata: OcsfMetadata;
  readonly device: OcsfDevice;
  readonly actor?: { readonly user: { readonly uid: string } };
}

export interface FindingSummary {
  readonly type: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly count: number;
}

export interface SightlinePromptFields {
  readonly kind: 'flagged_prompt';
  readonly app: string;
  readonly browser: string;
  readonly action: EnforcementAction;
  readonly risk: number;
  readonly reasons: readonly string[];
  readonly findings: readonly FindingSummary[];
  readonly privacy_mode: PrivacyMode;
  readonly prompt_length: number;
  readonly fingerprint?: string;
  readonly policy_hash?: string;
  /** Part of the prompt went unchecked (a findings budget or the size limit): counts are a floor. */
  readonly capped?: true;
  readonly redacted_text?: string;
  readonly raw_text?: string;
  /** A text field above was cut at its cap. */
  readonly truncated?: boolean;
}

export interface DataSecurityFindingEvent extends OcsfBase {
  readonly class_uid: 2006;
  readonly action_id: number;
  readonly disposition_id: number;
  readonly finding_info: {
    readonly uid: string;
    readonly title: string;
    readonly types: readonly string[];
    readonly created_time: number;
  };
  readonly dst_endpoint: { readonly hostname: string };
  readonly data_security: {
    readonly category_id: number;
    readonly data_lifecycle_state_id: number;
    readonly detection_system_id: number;
    readonly detection_pattern: string;
  };
  readonly unmapped: { readonly sightline: SightlinePromptFields };
}

export interface UsageSummaryEvent extends OcsfBase {
  readonly class_uid: 6001;
  readonly activity_name: string;
  /** Prompts, pastes and uploads together: the captures the day aggregates. */
  readonly count: number;
  readonly start_time: number;
  readonly end_time: number;
  readonly timezone_offset: number;
  readonly web_resources: readonly { readonly name: string; readonly url_string: string; readonly type: string }[];
  readonly dst_endpoint: { readonly hostname: string };
  readonly unmapped: {
    readonly sightline: { readonly kind: 'usage_summary'; readonly app: string; readonly browser: string; readonly day: string } & UsageCounts;
  };
}

export interface DeviceStatusEvent extends OcsfBase {
  readonly class_uid: 5001;
  readonly unmapped: {
    readonly sightline: {
      readonly kind: 'device_status';
      readonly browser: string;
      readonly policy_hash: string;
      readonly mode: SightlineMode;
      readonly privacy_mode: PrivacyMode;
      readonly outbox_size: number;
      readonly dead_letters: number;
    };
  };
}

export interface HealthEvent extends OcsfBase {
  readonly class_uid: 0;
  readonly activity_name: string;
  /** 99 Other: `status` holds the health kind. */
  readonly status_id: number;
  readonly status: string;
  readonly status_code: string;
  readonly message: string;
  readonly unmapped: {
    readonly sightline: {
      readonly kind: HealthKind;
      readonly browser: string;
      readonly app?: string;
      readonly counters?: Readonly<Record<string, number>>;
    };
  };
}

export type SightlineEvent = DataSecurityFindingEvent | UsageSummaryEvent | DeviceStatusEvent | HealthEvent;
