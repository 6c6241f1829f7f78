import type { EnforcementConfig } from '../../../shared/enforcement/config';
import { decide } from '../../../shared/enforcement/decide';
import { countFindings, scanWasCapped, toVerdict, type Verdict } from '../../../shared/enforcement/verdict';
import type { Scan, ScanResult } from '../../../shared/engine';
import type { CapturedEvent } from '../../../shared/events/captured-event';
import type { CapturedPrompt } from '../../../shared/protocol/capture-messages';

/** The verdict on composer text; computed on demand, kept nowhere. */
export function scoreText(text: string, config: EnforcementConfig, scan: Scan): Verdict {
  return toVerdict(scan(text, { flagThreshold: config.flagThreshold }), text, config);
}

/**
 * The stored record of a submitted prompt: metadata, the outcome and finding types with counts.
 * The worker re-scans the text itself rather than trusting a summary from the page.
 */
export function recordedEvent(
  prompt: CapturedPrompt,
  result: ScanResult,
  config: EnforcementConfig,
  meta: { readonly id: string; readonly host: string; readonly capturedAt: number },
): CapturedEvent {
  const capped = scanWasCapped(result);
  return {
    ...meta,
    site: prompt.site,
    length: prompt.text.length,
    trigger: prompt.trigger,
    // Without an action from the page, the prompt went out as policy says for its findings
    // (monitor mode, or a verdict that was clean when the page checked).
    action: prompt.action ?? decide({ ...result, capped }, config),
    ...(prompt.choice === undefined ? {} : { choice: prompt.choice }),
    ...(prompt.justification === undefined ? {} : { justification: prompt.justification }),
    risk: result.risk,
    findings: countFindings(result.findings),
    ...(capped ? { capped: true as const } : {}),
    ...(prompt.file === undefined ? {} : { file: prompt.file }),
  };
}
