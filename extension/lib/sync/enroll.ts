/** Exchanges the enrollment token for a device token (`POST /v1/enroll`). */
import { ENROLL_PATH, errorCodeOf, isEnrollResponse, type EnrollRequest } from '../../../shared/sync/protocol';
import type { SightlineDb } from '../store/db';
import { updateSyncState } from './sync-state';
import type { SyncConfig, SyncDeps } from './sync-types';

/** `retry`: transient, back off. `refused`: the enrollment token is wrong; policy must change. */
export type EnrollOutcome = { readonly kind: 'enrolled'; readonly deviceToken: string } | { readonly kind: 'revoked' | 'refused' | 'retry'; readonly error: string; readonly retryAfter?: string | null };

export async function enroll(db: SightlineDb, config: SyncConfig, deps: SyncDeps): Promise<EnrollOutcome> {
  const request: EnrollRequest = {
    enrollmentToken: config.enrollmentToken, installId: config.installId, browser: config.browser,
    extensionVersion: config.extensionVersion, ...(config.userId ? { userId: config.userId } : {}),
  };
  let response: Awaited<ReturnType<SyncDeps['fetch']>>;
  try {
    response = await deps.fetch(`${base(config)}${ENROLL_PATH}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request),
    });
  } catch {
    return { kind: 'retry', error: 'network' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status === 200 && isEnrollResponse(body)) {
    await updateSyncState(db, { deviceToken: body.deviceToken, hmacKey: body.hmacKey, lastError: null });
    return { kind: 'enrolled', deviceToken: body.deviceToken };
  }
  if (response.status === 403 && errorCodeOf(body) === 'device_revoked') return { kind: 'revoked', error: 'device_revoked' };
  if (response.status === 401 || response.status === 400) return { kind: 'refused', error: 'enrollment_refused' };
  return { kind: 'retry', error: `http_${response.status}`, retryAfter: response.headers.get('retry-after') };
}

export function base(config: SyncConfig): string {
  return config.collectorUrl.replace(/\/+$/u, '');
}
