import { describe, expect, test } from 'vitest';
import { scan } from '../../../shared/engine/scan';
import type { CapturedEvent } from '../../../shared/events/captured-event';
import { buildPromptFinding } from '../../../shared/events/ocsf/build-finding';
import { EXAMPLE_DEVICE } from '../../../shared/events/ocsf/examples';
import type { PrivacyMode } from '../../../shared/events/ocsf/inputs';
import { enforcementAction, flaggedPromptInput } from './flagged-input';

const KEY = 'AKIAZ3MSJV4WQ5TXGN7P';
const MAIL = 'jane.doe@acme-corp.com';
const TEXT = `Deploy with ${KEY} then mail ${MAIL}`;
const result = scan(TEXT, { flagThreshold: 50 });
const event: CapturedEvent = {
  id: '5b1f0c2e-8d4a-4f6b-9c3e-2a7d1e0f4b6c', site: 'chatgpt', host: 'chatgpt.com', capturedAt: 1_795_809_438_991,
  length: TEXT.length, trigger: 'enter', action: 'warn', choice: 'send-anyway', risk: result.risk,
};
const input = (privacyMode: PrivacyMode, extra = {}) => flaggedPromptInput(event, result, TEXT, { device: EXAMPLE_DEVICE, privacyMode, ...extra });

describe('flaggedPromptInput', () => {
  test('carries the capture, the findings with spans, and the context', () => {
    expect(result.flagged).toBe(true);
    const built = input('metadata', { fingerprint: 'f'.repeat(64), policyHash: 'sha256:ab' });
    expect(built).toMatchObject({
      eventId: event.id, time: event.capturedAt, device: EXAMPLE_DEVICE, app: 'chatgpt', host: 'chatgpt.com', action: 'warned',
      risk: result.risk, reasons: ['secret.aws_access_key', 'pii.email'], redactedText: result.redacted, rawText: TEXT,
      privacyMode: 'metadata', fingerprint: 'f'.repeat(64), policyHash: 'sha256:ab',
    });
    expect(built.findings.map((f) => [f.type, f.category, f.severity, TEXT.slice(f.start, f.end)])).toEqual([
      ['secret.aws_access_key', 'secret', expect.any(String), KEY],
      ['pii.email', 'pii', expect.any(String), MAIL],
    ]);
  });

  test('no fingerprint before enrollment', () => {
    expect(input('metadata')).not.toHaveProperty('fingerprint');
  });

  // What leaves the device, end to end through the builder.
  test.each([
    ['metadata', false, false],
    ['redacted', true, false],
    ['full', true, true],
  ] as const)('%s mode: redacted text %s, raw text %s', (mode, hasRedacted, hasRaw) => {
    const body = JSON.stringify(buildPromptFinding(input(mode)));
    expect(body.includes(result.redacted)).toBe(hasRedacted);
    expect(body.includes(KEY)).toBe(hasRaw);
    expect(body.includes(MAIL)).toBe(hasRaw);
  });
});

describe('flaggedPromptInput on a scan that left text unchecked', () => {
  test('a text past the size limit is marked capped, and a complete scan is not', () => {
    const long = `${TEXT} ${'filler '.repeat(20)}${KEY}`;
    const cut = scan(long, { flagThreshold: 50, budgets: { maxScanChars: TEXT.length } });
    expect(cut.stats.truncated).toBe(true);
    expect(flaggedPromptInput(event, cut, long, { device: EXAMPLE_DEVICE, privacyMode: 'metadata' })).toMatchObject({ capped: true });
    expect(input('metadata')).not.toHaveProperty('capped');
  });
});

describe('enforcementAction', () => {
  test.each([
    [{ action: 'monitor' }, 'observed'],
    [{ action: 'allow' }, 'observed'],
    [{}, 'observed'],
    [{ action: 'block' }, 'blocked'],
    [{ action: 'redact' }, 'redacted'],
    [{ action: 'warn' }, 'warned'],
    [{ action: 'warn', choice: 'send-anyway' }, 'warned'],
    [{ action: 'warn', choice: 'edit' }, 'cancelled'],
    [{ action: 'warn', choice: 'dismissed' }, 'cancelled'],
    [{ action: 'warn', choice: 'redact' }, 'redacted'],
    [{ action: 'warn', choice: 'fail-closed' }, 'blocked'],
  ] as const)('%o → %s', (captured, expected) => {
    expect(enforcementAction(captured)).toBe(expected);
  });
});
