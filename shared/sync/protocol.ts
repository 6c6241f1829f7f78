/**
 * The wire protocol between the extension and the collector (see server/README.md). Responses
 * come from the network, so the client checks their shape with the guards below before use.
 */

export const ENROLL_PATH = '/v1/enroll';
export const EVENTS_PATH = '/v1/events';
export const HEALTH_PATH = '/healthz';

export interface EnrollRequest {
  readonly enrollmentToken: string;
  readonly installId: string;
  readonly userId?: string;
  readonly browser: string;
  readonly extensionVersion: string;
}

export interface EnrollResponse {
  readonly deviceToken: string;
  /** The tenant's key for prompt fingerprints (HMAC-SHA256). */
  readonly hmacKey: string;
}

export interface EventsRequest {
  readonly events: readonly unknown[];
}

export const REJECT_REASONS = ['invalid', 'too_large', 'device_mismatch'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface RejectedEvent {
  readonly index: number;
  readonly reason: RejectReason;
  /** First schema error path, e.g. `/finding_info/uid`; never a value from the event. */
  readonly detail?: string;
}

export interface EventsResponse {
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected: readonly RejectedEvent[];
}

export const ERROR_CODES = [
  'bad_request', 'unauthorized', 'device_revoked', 'payload_too_large', 'rate_limited', 'unsupported_media_type', 'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  readonly error: ErrorCode;
  readonly message?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

export function isEnrollResponse(value: unknown): value is EnrollResponse {
  return isRecord(value) && typeof value.deviceToken === 'string' && value.deviceToken.length > 0
    && typeof value.hmacKey === 'string' && value.hmacKey.length > 0;
}

export function isEventsResponse(value: unknown): value is EventsResponse {
  return isRecord(value) && isCount(value.accepted) && isCount(value.duplicates) && Array.isArray(value.rejected)
    && value.rejected.every((r) => isRecord(r) && isCount(r.index) && typeof r.reason === 'string');
}

export function errorCodeOf(value: unknown): ErrorCode | undefined {
  return isRecord(value) && (ERROR_CODES as readonly unknown[]).includes(value.error) ? (value.error as ErrorCode) : undefined;
}
