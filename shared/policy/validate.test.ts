import { describe, expect, test } from 'vitest';
import { validatePolicy } from './validate';

describe('validatePolicy', () => {
  test('accepts a complete, valid policy', () => {
    const policy = {
      collectorUrl: 'https://sightline.example.com/',
      enrollmentToken: 'tok_123',
      mode: 'block',
      rules: [{ match: 'secret.*', action: 'block' }, { match: 'pii.email', action: 'monitor' }, { match: '*', action: 'warn' }],
      flagThreshold: 40,
      privacyMode: 'redacted',
      blockedApps: ['*.Example-AI.com', 'chat.deepseek.com'],
      customDetectors: [{ id: 'project_code', label: 'Project code', regex: 'PRJ-[0-9]{4}', severity: 'high' }],
      allowPatterns: [{ detector: 'pii.email', pattern: '@example\\.com$' }],
      requireJustification: true,
    };
    const result = validatePolicy(policy, 'managed');
    expect(result.issues).toEqual([]);
    expect(result.values.collectorUrl).toBe('https://sightline.example.com');
    expect(result.values.blockedApps).toEqual(['*.example-ai.com', 'chat.deepseek.com']);
  });

  test.each([
    ['mode', 'off', 'must be one of monitor, warn, redact, block'],
    ['mode', 3, 'must be one of'],
    ['flagThreshold', 101, 'whole number from 0 to 100'],
    ['flagThreshold', 12.5, 'whole number'],
    ['flagThreshold', '40', 'whole number'],
    ['privacyMode', 'everything', 'must be one of metadata, redacted, full'],
    ['collectorUrl', 'http://sightline.example.com', 'must use https'],
    ['collectorUrl', 'ftp://x.example.com', 'must use https'],
    ['collectorUrl', 'sightline.example.com', 'absolute URL'],
    ['collectorUrl', 'https://user:pw@sightline.example.com', 'credentials'],
    ['requireJustification', 'yes', 'true or false'],
    ['blockedApps', 'chat.example.com', 'must be a list'],
    ['rules', [{ match: 'secret.*', action: 'explode' }], 'action must be one of'],
    ['rules', [{ match: 'secret.*', action: 'block' }, { match: 'SECRET', action: 'block' }], 'match must be'],
    ['outboxMaxEvents', 10, 'from 100'],
    ['enrollmentToken', { token: 'x' }, 'must be text'],
    ['organizationNames', new Array(101).fill('Acme'), 'at most 100'],
  ])('refuses %s = %j', (key, value, message) => {
    const result = validatePolicy({ mode: 'monitor', [key]: value }, 'managed');
    expect(result.invalidKeys).toContain(key);
    expect(result.values).not.toHaveProperty(key);
    expect(result.issues.find((i) => i.key === key)?.message).toContain(message);
    if (key !== 'mode') expect(result.values.mode).toBe('monitor');
  });

  test.each([
    ['http://localhost:8787'],
    ['http://127.0.0.1:8787/'],
    ['http://[::1]:8787'],
  ])('accepts a loopback http collector %s', (url) => {
    expect(validatePolicy({ collectorUrl: url }, 'managed').issues).toEqual([]);
  });

  test('skips bad custom detectors one by one and keeps the rest', () => {
    const result = validatePolicy(
      {
        customDetectors: [
          { id: 'ok', label: 'Fine', keywords: ['Project Falcon'], severity: 'medium' },
          { id: 'broken', label: 'Broken', regex: '([a-z]', severity: 'high' },
          { id: 'redos', label: 'Slow', regex: '(a+)+$', severity: 'high' },
          { id: 'nosev', label: 'No severity', regex: 'x' },
          { id: 'Bad Id', label: 'x', regex: 'x', severity: 'low' },
        ],
      },
      'managed',
    );
    expect(result.values.customDetectors).toEqual([{ id: 'ok', label: 'Fine', keywords: ['Project Falcon'], severity: 'medium' }]);
    const messages = result.issues.map((i) => i.message).join('\n');
    expect(messages).toMatch(/entry 2: broken: regex does not compile/);
    expect(messages).toMatch(/entry 3: redos: regex refused: nested repetition/);
    expect(messages).toMatch(/entry 4: nosev: severity must be/);
    expect(messages).toMatch(/entry 5: id must be/);
  });

  test('reports unknown keys without failing the rest', () => {
    const result = validatePolicy({ mdoe: 'block', mode: 'block' }, 'managed');
    expect(result.values.mode).toBe('block');
    expect(result.issues).toEqual([expect.objectContaining({ key: 'mdoe', message: expect.stringContaining('unknown key') })]);
  });

  test.each([[[]], ['block'], [42]])('refuses a policy that is not an object: %j', (raw) => {
    expect(validatePolicy(raw, 'managed').issues[0]?.key).toBe('(policy)');
  });

  test('never echoes a sensitive value in a message', () => {
    const result = validatePolicy({ enrollmentToken: 'x'.repeat(300) }, 'managed');
    expect(JSON.stringify(result.issues)).not.toContain('xxxx');
  });

  test('treats null as unset for keys whose default is null', () => {
    expect(validatePolicy({ collectorUrl: null }, 'managed')).toEqual({ values: {}, invalidKeys: [], issues: [] });
  });
});
