import { describe, expect, test } from 'vitest';
import { employeeNotice } from './notice';
import { DEFAULT_POLICY } from './policy';

const text = (policy: Parameters<typeof employeeNotice>[0]) =>
  employeeNotice(policy).sections.flatMap((s) => s.lines).join('\n');

describe('employeeNotice', () => {
  test('without a collector, says nothing leaves the computer', () => {
    expect(text(DEFAULT_POLICY)).toContain('Nothing: no collector is configured');
  });

  test.each([
    ['metadata', 'Never the prompt itself'],
    ['redacted', 'replaced by a placeholder'],
    ['full', 'the full text of the prompt'],
  ] as const)('privacy mode %s is described plainly', (privacyMode, phrase) => {
    const notice = text({ ...DEFAULT_POLICY, collectorUrl: 'https://collector.example.com', privacyMode });
    expect(notice).toContain(phrase);
    expect(notice).toContain('collector at collector.example.com');
  });

  test.each([
    ['monitor', 'nothing is stopped'],
    ['warn', 'you are asked'],
    ['redact', 'replaced with placeholders'],
    ['block', 'is not sent'],
  ] as const)('mode %s is described', (mode, phrase) => {
    expect(text({ ...DEFAULT_POLICY, mode })).toContain(phrase);
  });

  test('names retention, the notice URL and the organisation text', () => {
    const notice = employeeNotice({ ...DEFAULT_POLICY, localRetentionDays: 7, noticeUrl: 'https://intranet.example.com/ai', employeeNotice: 'Hello from IT.' });
    const all = notice.sections.flatMap((s) => s.lines).join('\n');
    expect(all).toContain('for 7 days');
    expect(all).toContain('https://intranet.example.com/ai');
    expect(notice.organizationText).toBe('Hello from IT.');
  });
});
