import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { MANAGED_SCHEMA_PATH, README_PATH, renderManagedSchema, replaceDocsTable } from './generate-policy';

test('public/managed_schema.json is generated from the policy schema (run npm run policy:generate)', () => {
  expect(readFileSync(MANAGED_SCHEMA_PATH, 'utf8')).toBe(renderManagedSchema());
});

test('the README policy table is generated from the policy schema (run npm run policy:generate)', () => {
  const readme = readFileSync(README_PATH, 'utf8');
  expect(replaceDocsTable(readme)).toBe(readme);
});
