/**
 * The managed policy, defined once. The TypeScript types, the runtime validator, the defaults, the
 * README table and Chrome's `managed_schema.json` are all derived from `POLICY_SCHEMA`; a test
 * fails if the generated files drift from it.
 *
 * Chrome hides a managed value that does not match `managed_schema.json` from the extension
 * entirely, so the generated Chrome schema carries types only; enums, ranges and patterns live in
 * the runtime validator, which can then report a bad value instead of never seeing it.
 */
import { DEFAULT_FLAG_THRESHOLD } from '../engine/options';
import { ACTIONS, MODES, PRIVACY_MODES } from './enums';
import type { FieldSpec } from './field-spec';

export const POLICY_SCHEMA = {
  mode: {
    kind: 'enum',
    values: MODES,
    default: 'warn',
    local: 'tighten',
    title: 'Enforcement mode',
    description:
      'What happens when a prompt is flagged: `monitor` records it, `warn` asks the employee first, `redact` replaces sensitive spans with placeholders, `block` stops it.',
  },
  rules: {
    kind: 'rules',
    default: [],
    local: 'tighten',
    title: 'Per-detector rules',
    description:
      'Overrides of `mode` for matching findings, e.g. `[{"match": "secret.*", "action": "block"}]`. `match` is a finding type (`secret.aws_access_key`), a category (`secret.*`) or `*`; the most specific match wins, and among equally specific rules the strictest action.',
  },
  flagThreshold: {
    kind: 'integer',
    min: 0,
    max: 100,
    default: DEFAULT_FLAG_THRESHOLD,
    local: 'tighten',
    title: 'Flag threshold',
    description: 'Content risk (0–100) at or above which a prompt is flagged. Lower is stricter.',
  },
  privacyMode: {
    kind: 'enum',
    values: PRIVACY_MODES,
    default: 'metadata',
    local: 'never',
    title: 'Privacy mode',
    description:
      'What leaves the device for a flagged prompt: `metadata` (finding types and counts, risk, action, a keyed fingerprint), `redacted` (plus the prompt with every detected value replaced by a placeholder) or `full` (plus the raw prompt).',
  },
  collectorUrl: {
    kind: 'url',
    default: null,
    local: 'unmanaged',
    title: 'Collector URL',
    description: 'Base URL of the Sightline collector, e.g. `https://sightline.example.com`. https only; http is accepted for loopback addresses.',
  },
  enrollmentToken: {
    kind: 'string',
    maxLength: 256,
    default: null,
    sensitive: true,
    local: 'unmanaged',
    title: 'Enrollment token',
    description: 'Tenant enrollment token, exchanged once for a per-device token the collector can revoke.',
  },
  userId: {
    kind: 'string',
    maxLength: 320,
    default: null,
    local: 'unmanaged',
    title: 'User ID',
    description:
      'How events name the employee. When unset: the browser profile e-mail where the browser exposes it, else a pseudonymous install ID.',
  },
  sanctionedApps: {
    kind: 'hosts',
    default: [],
    local: 'unmanaged',
    title: 'Sanctioned AI apps',
    description:
      'AI apps the organisation approved. Prompts there are still scanned and enforced, but the app is not reported as unsanctioned. Hostnames; `*.` covers subdomains.',
  },
  blockedApps: {
    kind: 'hosts',
    default: [],
    local: 'unmanaged',
    title: 'Blocked AI apps',
    description: 'AI apps whose pages are refused with an explanation page. Hostnames; `*.` covers subdomains.',
  },
  extraAiApps: {
    kind: 'hosts',
    default: [],
    local: 'unmanaged',
    title: 'Extra AI apps',
    description: 'Hostnames to treat as AI apps in addition to the built-in list; `*.` covers subdomains.',
  },
  internalDomains: {
    kind: 'hosts',
    default: [],
    local: 'unmanaged',
    title: 'Internal domains',
    description: "The organisation's own sites, used to tell where pasted text came from; `*.` covers subdomains.",
  },
  organizationNames: {
    kind: 'strings',
    maxItems: 100,
    default: [],
    local: 'unmanaged',
    title: 'Organisation names',
    description: 'Names of the organisation, for copyright headers and confidential markers in pasted text.',
  },
  confidentialKeywords: {
    kind: 'strings',
    maxItems: 500,
    default: [],
    local: 'unmanaged',
    title: 'Confidential keywords',
    description: 'Project code names and other terms that mark text as confidential.',
  },
  customDetectors: {
    kind: 'customDetectors',
    default: [],
    local: 'unmanaged',
    title: 'Custom detectors',
    description:
      'Organisation-specific detectors: `{"id", "label", "regex" or "keywords", "severity"}`. Findings are typed `custom.<id>`. A bad entry is reported and skipped; the others apply.',
  },
  allowPatterns: {
    kind: 'allowPatterns',
    default: [],
    local: 'unmanaged',
    title: 'Allow patterns',
    description:
      'Organisation-wide suppressions for recurring false positives: `{"detector"?, "pattern"}`; a finding whose matched text matches `pattern` (a regular expression) is dropped, for `detector` only when given.',
  },
  disabledDetectors: {
    kind: 'strings',
    maxItems: 200,
    default: [],
    local: 'unmanaged',
    title: 'Disabled detectors',
    description: 'Finding types (`pii.date_time`) or categories (`code.*`) not to run.',
  },
  requireJustification: {
    kind: 'boolean',
    default: false,
    local: 'tighten',
    title: 'Require justification',
    description: 'In `warn` mode, "Send anyway" asks the employee for a reason, recorded with the event.',
  },
  localRetentionDays: {
    kind: 'integer',
    min: 1,
    max: 365,
    default: 30,
    local: 'unmanaged',
    title: 'Local retention (days)',
    description: 'How long event records are kept on the device.',
  },
  outboxMaxEvents: {
    kind: 'integer',
    min: 100,
    max: 1_000_000,
    default: 50_000,
    local: 'unmanaged',
    title: 'Outbox size',
    description: 'Events queued while the collector is unreachable; when full, the lowest severity is dropped first and counted.',
  },
  maxFileScanBytes: {
    kind: 'integer',
    min: 0,
    max: 50 * 1024 * 1024,
    default: 2 * 1024 * 1024,
    local: 'unmanaged',
    title: 'File scan limit (bytes)',
    description: 'Text-like uploads up to this size are scanned like a prompt; 0 disables file scanning.',
  },
  noticeUrl: {
    kind: 'url',
    default: null,
    local: 'unmanaged',
    title: 'Notice URL',
    description: "Link to the organisation's AI-use policy, shown on warnings, block pages and the employee notice.",
  },
  employeeNotice: {
    kind: 'string',
    maxLength: 2000,
    default: null,
    local: 'unmanaged',
    title: 'Employee notice',
    description: "Text from the organisation shown above the generated notice of what Sightline does.",
  },
} as const satisfies Record<string, FieldSpec>;

export { ACTIONS };
