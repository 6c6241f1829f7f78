/** Flagged prompt → OCSF Data Security Finding (class 2006). Pure. */
import { SEVERITIES, type Category, type Severity } from '../../engine/types';
import {
  DATA_CATEGORY_ID, DATA_IN_TRANSIT, DATA_SECURITY_FINDING, DETECTION_SYSTEM_ENDPOINT, ENFORCEMENT_IDS,
  SEVERITY_ID, SEVERITY_INFORMATIONAL, typeUid,
} from './constants';
import { actor, metadata, ocsfDevice } from './common';
import type { DataSecurityFindingEvent, FindingSummary, SightlinePromptFields } from './events';
import type { FindingInput, FlaggedPromptInput } from './inputs';
import { RAW_TEXT_MAX_CHARS, REASONS_MAX, REASON_MAX_CHARS, REDACTED_TEXT_MAX_CHARS, cap, detectedValues, scrub } from './privacy';

export const FINDING_TITLE = 'Sensitive data or risky intent in an AI prompt';

export function buildPromptFinding(input: FlaggedPromptInput): DataSecurityFindingEvent {
  const summaries = summarise(input.findings);
  const top = summaries[0];
  const values = input.privacyMode === 'full' ? [] : detectedValues(input.rawText, input.findings);
  return {
    class_uid: DATA_SECURITY_FINDING.class_uid,
    category_uid: DATA_SECURITY_FINDING.category_uid,
    activity_id: DATA_SECURITY_FINDING.activity_create,
    type_uid: typeUid(DATA_SECURITY_FINDING.class_uid, DATA_SECURITY_FINDING.activity_create),
    severity_id: top ? SEVERITY_ID[top.severity] : SEVERITY_INFORMATIONAL,
    time: input.time,
    metadata: metadata(input.eventId, input.device),
    device: ocsfDevice(input.device),
    ...actor(input.device),
    ...ENFORCEMENT_IDS[input.action],
    finding_info: {
      uid: input.eventId,
      title: FINDING_TITLE,
      types: summaries.map((s) => s.type),
      created_time: input.time,
    },
    dst_endpoint: { hostname: input.host },
    data_security: {
      category_id: DATA_CATEGORY_ID[top?.category ?? 'custom'],
      data_lifecycle_state_id: DATA_IN_TRANSIT,
      detection_system_id: DETECTION_SYSTEM_ENDPOINT,
      detection_pattern: summaries.map((s) => s.type).join(','),
    },
    unmapped: { sightline: sightlineFields(input, summaries, values) },
  };
}

function sightlineFields(input: FlaggedPromptInput, findings: readonly FindingSummary[], values: readonly string[]): SightlinePromptFields {
  const reasons = input.reasons.slice(0, REASONS_MAX).map((r) => scrub(r, values).slice(0, REASON_MAX_CHARS));
  const base: SightlinePromptFields = {
    kind: 'flagged_prompt',
    app: input.app,
    browser: input.device.browser,
    action: input.action,
    risk: Math.round(Math.min(100, Math.max(0, input.risk))),
    reasons,
    findings,
    privacy_mode: input.privacyMode,
    prompt_length: input.rawText.length,
    ...(input.fingerprint ? { fingerprint: input.fingerprint } : {}),
    ...(input.policyHash ? { policy_hash: input.policyHash } : {}),
    ...(input.capped ? { capped: true as const } : {}),
  };
  if (input.privacyMode === 'metadata') return base;
  // Scrub before capping: a cut could otherwise leave the head of a value the scrub misses.
  const redacted = cap(scrub(input.redactedText, values), REDACTED_TEXT_MAX_CHARS);
  if (input.privacyMode === 'redacted') {
    return { ...base, redacted_text: redacted.text, ...(redacted.truncated ? { truncated: true } : {}) };
  }
  const raw = cap(input.rawText, RAW_TEXT_MAX_CHARS);
  const truncated = redacted.truncated || raw.truncated;
  return { ...base, redacted_text: redacted.text, raw_text: raw.text, ...(truncated ? { truncated: true } : {}) };
}

/** One row per finding type, most severe first, then most frequent, then by name (stable). */
export function summarise(findings: readonly FindingInput[]): FindingSummary[] {
  const byType = new Map<string, { category: Category; severity: Severity; count: number }>();
  for (const f of findings) {
    const row = byType.get(f.type);
    if (!row) byType.set(f.type, { category: f.category, severity: f.severity, count: 1 });
    else {
      row.count++;
      if (rank(f.severity) > rank(row.severity)) row.severity = f.severity;
    }
  }
  return [...byType]
    .map(([type, row]) => ({ type, ...row }))
    .sort((a, b) => rank(b.severity) - rank(a.severity) || b.count - a.count || a.type.localeCompare(b.type));
}

function rank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
