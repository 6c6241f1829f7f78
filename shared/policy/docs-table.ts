/** The README's policy table, generated from `POLICY_SCHEMA`. */
import type { FieldSpec, LocalOverride } from './field-spec';
import { POLICY_KEYS } from './policy';
import { POLICY_SCHEMA } from './schema';

/** Markers around the generated table; `npm run policy:generate` rewrites what is between them. */
export const DOCS_BEGIN = '<!-- policy-table:begin -->';
export const DOCS_END = '<!-- policy-table:end -->';

const LOCAL: Record<LocalOverride, string> = {
  tighten: 'stricter only',
  unmanaged: 'only if nothing is managed',
  never: 'no',
};

function typeLabel(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'enum':
      return spec.values.map((v) => `\`${v}\``).join(' \\| ');
    case 'integer':
      return `integer ${spec.min}–${spec.max}`;
    case 'boolean':
      return 'boolean';
    case 'string':
      return spec.sensitive ? 'text (sensitive)' : 'text';
    case 'url':
      return 'URL';
    case 'hosts':
      return 'list of hostnames';
    case 'strings':
      return 'list of text';
    case 'rules':
      return 'list of `{match, action}`';
    case 'customDetectors':
      return 'list of `{id, label, regex\\|keywords, severity}`';
    case 'allowPatterns':
      return 'list of `{detector?, pattern}`';
  }
}

export function policyDocsTable(): string {
  const rows = POLICY_KEYS.map((key) => {
    const spec: FieldSpec = POLICY_SCHEMA[key];
    const value = JSON.stringify(spec.default);
    return `| \`${key}\` | ${typeLabel(spec)} | \`${value}\` | ${LOCAL[spec.local]} | ${spec.description.replace(/\|/g, '\\|')} |`;
  });
  return [DOCS_BEGIN, '| key | type | default | local option | meaning |', '| --- | --- | --- | --- | --- |', ...rows, DOCS_END].join('\n');
}
