import { describe, expect, test } from 'vitest';
import type { Detector, DetectorInput, ResolvedScanOptions, Severity } from '../../engine/types';
import { piiDetectors } from './index';

/**
 * PII as it arrives in practice: embedded in an ordinary request to a chatbot, not a bare value.
 * Each row is a prompt and the findings it must produce (type, exact span, severity floor), or
 * must not produce at medium or above. Runs the whole PII registry the way the engine does.
 */
const RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

function scanAll(text: string): { type: string; span: string; severity: Severity }[] {
  const input: DetectorInput = { text, lower: text.toLowerCase(), options: {} as ResolvedScanOptions };
  return (Object.values(piiDetectors) as Detector[]).flatMap((d) =>
    d.keywords && !d.keywords.some((k) => input.lower.includes(k))
      ? []
      : d.detect(input).map((c) => ({ type: d.id, span: text.slice(c.start, c.end), severity: c.severity ?? d.severity })),
  );
}

type Expect = readonly [type: string, span: string, atLeast: Severity];

const POSITIVE: readonly (readonly [string, readonly Expect[]])[] = [
  [
    'Can you draft a reply to Maria Gonzalez (maria.g@northwind-mail.com) about her card ending 6546? The full number is 4735 2376 7710 6546.',
    [['pii.person', 'Maria Gonzalez', 'medium'], ['pii.email', 'maria.g@northwind-mail.com', 'medium'], ['pii.card', '4735 2376 7710 6546', 'high']],
  ],
  [
    'Summarise this for the handover: patient Tomasz Nowak, DOB 03/14/1962, admitted with chest pain.',
    [['pii.person', 'Tomasz Nowak', 'medium'], ['pii.date_of_birth', '03/14/1962', 'medium']],
  ],
  ["Make this kinder: 'Hi Priya, payroll rejected your SSN 514-69-0360 again.'", [['pii.us_ssn', '514-69-0360', 'high'], ['pii.person', 'Priya', 'medium']]],
  [
    'Translate to German: ship it to 1600 Amphitheatre Parkway, Mountain View, CA 94043 and call +1 650-253-0000 first.',
    [['pii.address', '1600 Amphitheatre Parkway, Mountain View, CA 94043', 'medium'], ['pii.phone', '+1 650-253-0000', 'medium']],
  ],
  [
    'From the HR file: Daniel Okoye works at Northwind Logistics GmbH, IBAN DE89 3704 0044 0532 0130 00. Write his reference letter.',
    [['pii.iban', 'DE89 3704 0044 0532 0130 00', 'high'], ['pii.organization', 'Northwind Logistics GmbH', 'low'], ['pii.person', 'Daniel Okoye', 'medium']],
  ],
  ['Fix the grammar: Mr. Daniel Okoye, a Nigerian national, now lives in Leeds.', [['pii.title', 'Mr.', 'low'], ['pii.nrp', 'Nigerian', 'low'], ['pii.location', 'Leeds', 'low']]],
  ['Why does my laptop 3C:22:FB:8A:41:07 fail to open https://intranet.northwind.co.uk/hr/payroll?', [['pii.mac_address', '3C:22:FB:8A:41:07', 'low'], ['pii.url', 'https://intranet.northwind.co.uk/hr/payroll', 'low']]],
  ['Reply to the applicant at 853-37-1694 about the form', [['pii.us_ssn', '853-37-1694', 'medium']]],
];

/** Ordinary requests that mention number-like or name-like things: nothing at medium or above. */
const NEGATIVE = [
  'Write a Python function that validates US phone numbers like (123) 456-7890.',
  'Summarise the changelog: - 1.3 (2026-01-15) Added dark mode\n- 1.2 (2025-12-01) Fixed login',
  'Dear Hiring Manager, please find my cover letter attached.',
  'PROMPT NAME: Cascading Failure Simulator\nVERSION: 1.3',
  'Explain 2 Samuel 11:4 and what happened on 18 December 2022.',
  'Give me an example JSON: {"name": "John Doe", "phone": "555-0123", "birthdate": "1990-01-01"}',
  'Clone git@github.com:acme/tools.git and run the tests',
];

describe('PII in ordinary chat requests', () => {
  test.each(POSITIVE)('%s', (prompt, expected) => {
    const found = scanAll(prompt);
    for (const [type, span, atLeast] of expected) {
      const hit = found.find((f) => f.type === type && f.span === span);
      expect(hit, `${type} ${span}`).toBeDefined();
      expect(RANK[hit!.severity], `${type} severity ${hit!.severity}`).toBeGreaterThanOrEqual(RANK[atLeast]);
    }
  });

  test.each(NEGATIVE)('nothing medium+ in %j', (prompt) => {
    expect(scanAll(prompt).filter((f) => f.severity !== 'low')).toEqual([]);
  });
});
