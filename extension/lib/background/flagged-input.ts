/**
 * A recorded, flagged capture → the input of the OCSF finding builder. Pure: the worker glue
 * (`start-sync.ts`) supplies the device, privacy mode, fingerprint and policy hash.
 *
 * What may leave the device is decided by `buildPromptFinding`, not here: it needs the raw text
 * in every mode (for `prompt_length` and to scrub detected values out of every free-text field)
 * and only copies it into the event in `full` mode.
 */
import type { ScanResult } from '../../../shared/engine';
import { scanWasCapped } from '../../../shared/enforcement/verdict';
import type { CapturedEvent } from '../../../shared/events/captured-event';
import type { EnforcementAction } from '../../../shared/events/ocsf/constants';
import type { DeviceContext, FlaggedPromptInput, PrivacyMode } from '../../../shared/events/ocsf/inputs';

export interface FlaggedContext {
  readonly device: DeviceContext;
  readonly privacyMode: PrivacyMode;
  /** Tenant-keyed HMAC of the prompt; absent before enrollment delivered the key. */
  readonly fingerprint?: string;
  readonly policyHash?: string;
}

/**
 * What happened to the prompt, in the collector's vocabulary. A warning the employee overrode was
 * `warned`; one they heeded (edited, dismissed) `cancelled`; a warning resolved by redacting
 * `redacted`; no verdict in time (`fail-closed`) held the prompt back: `blocked`.
 */
export function enforcementAction(event: Pick<CapturedEvent, 'action' | 'choice'>): EnforcementAction {
  switch (event.action) {
    case 'block':
      return 'blocked';
    case 'redact':
      return 'redacted';
    case 'warn':
      if (event.choice === 'edit' || event.choice === 'dismissed') return 'cancelled';
      if (event.choice === 'redact') return 'redacted';
      if (event.choice === 'fail-closed') return 'blocked';
      return 'warned';
    default:
      // `monitor`, `allow` (the page saw a clean verdict) or an event from before enforcement.
      return 'observed';
  }
}

/** Finding types, most severe first (the builder caps and scrubs them). Never a matched value. */
function reasonsOf(result: ScanResult): string[] {
  const rank = { low: 0, medium: 1, high: 2, critical: 3 } as const;
  const best = new Map<string, number>();
  for (const f of result.findings) best.set(f.type, Math.max(best.get(f.type) ?? -1, rank[f.severity]));
  return [...best].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([type]) => type);
}

export function flaggedPromptInput(event: CapturedEvent, result: ScanResult, text: string, context: FlaggedContext): FlaggedPromptInput {
  return {
    // The local event's id: the same capture is one finding, however often it is queued.
    eventId: event.id,
    time: event.capturedAt,
    device: context.device,
    app: event.site,
    host: event.host,
    action: enforcementAction(event),
    risk: result.risk,
    reasons: reasonsOf(result),
    findings: result.findings.map(({ type, category, severity, start, end }) => ({ type, category, severity, start, end })),
    redactedText: result.redacted,
    rawText: text,
    privacyMode: context.privacyMode,
    ...(context.fingerprint ? { fingerprint: context.fingerprint } : {}),
    ...(context.policyHash ? { policyHash: context.policyHash } : {}),
    ...(scanWasCapped(result) ? { capped: true as const } : {}),
  };
}
