import { describe, expect, test } from 'vitest';
import { chromeManagedSchema } from './chrome-schema';
import { policyDocsTable } from './docs-table';
import type { FieldSpec } from './field-spec';
import { DEFAULT_POLICY, POLICY_KEYS } from './policy';
import { POLICY_SCHEMA } from './schema';
import { validateField } from './validate-field';

/** The keys the deployment guide and admins' policy files depend on. */
const PUBLIC_KEYS = [
  'collectorUrl', 'enrollmentToken', 'userId', 'mode', 'rules', 'flagThreshold', 'privacyMode',
  'sanctionedApps', 'blockedApps', 'extraAiApps', 'internalDomains', 'organizationNames',
  'confidentialKeywords', 'customDetectors', 'allowPatterns', 'requireJustification',
  'localRetentionDays', 'outboxMaxEvents', 'maxFileScanBytes', 'noticeUrl', 'employeeNotice',
];

describe('policy schema', () => {
  test('keeps every public key', () => {
    expect(POLICY_KEYS).toEqual(expect.arrayContaining(PUBLIC_KEYS));
  });

  test.each(POLICY_KEYS)('%s: its default passes its own validator', (key) => {
    const spec: FieldSpec = POLICY_SCHEMA[key];
    if (spec.default === null) return;
    expect(validateField(spec, spec.default)).toEqual({ value: spec.default, itemErrors: [] });
  });

  test('DEFAULT_POLICY has exactly the schema keys at their defaults', () => {
    expect(Object.keys(DEFAULT_POLICY).sort()).toEqual([...POLICY_KEYS].sort());
    expect(DEFAULT_POLICY.mode).toBe('warn');
    expect(DEFAULT_POLICY.privacyMode).toBe('metadata');
    expect(DEFAULT_POLICY.outboxMaxEvents).toBe(50_000);
  });
});

describe('Chrome managed schema', () => {
  const schema = chromeManagedSchema() as { type: string; properties: Record<string, Record<string, unknown>> };

  test('describes every key', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  test('carries types only, so Chrome never hides a value the validator should report', () => {
    const ALLOWED = new Set(['type', 'title', 'description', 'properties', 'items', 'additionalProperties', 'sensitiveValue']);
    const walk = (node: Record<string, unknown>, path: string): void => {
      for (const key of Object.keys(node)) expect(ALLOWED.has(key), `${path}.${key}`).toBe(true);
      const properties = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [name, child] of Object.entries(properties)) walk(child, `${path}.${name}`);
      if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`);
    };
    walk(schema, 'schema');
  });

  test.each([
    ['mode', 'string'],
    ['flagThreshold', 'integer'],
    ['requireJustification', 'boolean'],
    ['blockedApps', 'array'],
    ['rules', 'array'],
  ])('%s is typed %s', (key, type) => {
    expect(schema.properties[key]?.type).toBe(type);
  });

  test('marks the enrollment token sensitive', () => {
    expect(schema.properties.enrollmentToken?.sensitiveValue).toBe(true);
    expect(schema.properties.mode?.sensitiveValue).toBeUndefined();
  });
});

test('the docs table has a row per key with its default', () => {
  const table = policyDocsTable();
  for (const key of POLICY_KEYS) expect(table).toContain(`| \`${key}\` |`);
  expect(table).toContain('| `mode` | `monitor` \\| `warn` \\| `redact` \\| `block` | `"warn"` |');
});
