/**
 * What may leave the device. The engine already redacts; this is the second line of defence:
 * every free-text field is scrubbed of every detected raw value before it is sent, so a detector
 * without a placeholder or a reason string that quotes its match cannot leak.
 */
import type { FindingInput } from './inputs';

/**
 * Caps keep one event far below the collector's per-event limit (64 KiB, see
 * `shared/sync/limits.ts`) even when every UTF-16 unit becomes 3 UTF-8 bytes.
 */
export const REDACTED_TEXT_MAX_CHARS = 8_000;
export const RAW_TEXT_MAX_CHARS = 16_000;
export const REASONS_MAX = 20;
export const REASON_MAX_CHARS = 120;
export const HEALTH_MESSAGE_MAX_CHARS = 500;

export const SCRUBBED = '[REDACTED]';

/** The raw values the findings point at, longest first so a value inside another goes second. */
export function detectedValues(rawText: string, findings: readonly FindingInput[]): string[] {
  const values = new Set<string>();
  for (const finding of findings) {
    const value = rawText.slice(finding.start, finding.end);
    if (value.trim()) values.add(value);
  }
  return [...values].sort((a, b) => b.length - a.length);
}

export function scrub(text: string, values: readonly string[]): string {
  let out = text;
  for (const value of values) if (out.includes(value)) out = out.split(value).join(SCRUBBED);
  return out;
}

/** Cuts at `max` UTF-16 units without splitting a surrogate pair. */
export function cap(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return { text: text.slice(0, end), truncated: true };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
