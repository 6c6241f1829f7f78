/**
 * `npm run policy:generate`: writes Chrome's managed_schema.json and the README's policy table from
 * the one policy schema in shared/policy. `scripts/policy-files.test.ts` fails when they drift.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromeManagedSchema } from '../shared/policy/chrome-schema';
import { DOCS_BEGIN, DOCS_END, policyDocsTable } from '../shared/policy/docs-table';

const root = resolve(import.meta.dirname, '..');

export const MANAGED_SCHEMA_PATH = resolve(root, 'public/managed_schema.json');
export const README_PATH = resolve(root, 'README.md');

export function renderManagedSchema(): string {
  return `${JSON.stringify(chromeManagedSchema(), null, 2)}\n`;
}

export function replaceDocsTable(readme: string): string {
  const start = readme.indexOf(DOCS_BEGIN);
  const end = readme.indexOf(DOCS_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the policy table markers (${DOCS_BEGIN})`);
  return readme.slice(0, start) + policyDocsTable() + readme.slice(end + DOCS_END.length);
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(MANAGED_SCHEMA_PATH, renderManagedSchema());
  writeFileSync(README_PATH, replaceDocsTable(readFileSync(README_PATH, 'utf8')));
  console.log('Wrote public/managed_schema.json and the README policy table.');
}
