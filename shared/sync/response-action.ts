/** What the client does with each collector answer. One table, tested row by row. */
import type { ErrorCode } from './protocol';

export type ResponseAction =
  | 'delivered' // 2xx: delete the rows, dead-letter the rejected ones
  | 'retry' // transient: back off and send the same batch again
  | 'split' // too large: halve the batch; a single event goes to the dead-letter store
  | 'reenroll' // device token unknown: enroll again once
  | 'revoked' // stop sending until an administrator re-enables the device
  | 'dead-letter'; // the collector will never accept this batch as it is

/** Statuses a retry can fix (the list plus 500 and 408, which are transient in practice). */
const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

export function responseAction(status: number, error: ErrorCode | undefined): ResponseAction {
  if (status >= 200 && status < 300) return 'delivered';
  if (RETRYABLE.has(status)) return 'retry';
  if (status === 413) return 'split';
  if (status === 401) return 'reenroll';
  if (status === 403) return error === 'device_revoked' ? 'revoked' : 'reenroll';
  // 400 on a batch we built: split it so one bad event cannot hold back the rest.
  if (status === 400) return 'split';
  if (status >= 500) return 'retry';
  return 'dead-letter';
}
