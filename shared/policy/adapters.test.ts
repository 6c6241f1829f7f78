import { expect, test } from 'vitest';
import { scan } from '../engine/scan';
import { enforcementConfigFrom, scanOptionsFrom } from './adapters';
import { DEFAULT_POLICY } from './policy';

test('enforcement config carries the policy keys enforcement depends on', () => {
  const policy = { ...DEFAULT_POLICY, mode: 'block' as const, rules: [{ match: 'pii.*', action: 'warn' as const }], noticeUrl: 'https://x.example' };
  expect(enforcementConfigFrom(policy)).toEqual({
    mode: 'block',
    rules: [{ match: 'pii.*', action: 'warn' }],
    flagThreshold: DEFAULT_POLICY.flagThreshold,
    requireJustification: false,
    noticeUrl: 'https://x.example',
    maxFileScanBytes: DEFAULT_POLICY.maxFileScanBytes,
  });
});

test('scan options from policy reach the engine: keywords, custom detectors, allow patterns', () => {
  const policy = {
    ...DEFAULT_POLICY,
    confidentialKeywords: ['Project Bluebird'],
    customDetectors: [{ id: 'ticket', label: 'Ticket', regex: 'TCK-[0-9]{5}', severity: 'medium' as const }],
    allowPatterns: [{ detector: 'pii.email', pattern: '^help@' }],
  };
  const text = 'Project Bluebird ticket TCK-12345, mail help@corp.example and bob@corp.example';
  const types = scan(text, scanOptionsFrom(policy)).findings.map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
  expect(types).toEqual(expect.arrayContaining(['confidential.policy_keyword:Project Bluebird', 'custom.ticket:TCK-12345', 'pii.email:bob@corp.example']));
  expect(types).not.toContain('pii.email:help@corp.example');
});
