/**
 * Chrome's `managed_schema.json`, generated from `POLICY_SCHEMA`. Types only: Chrome drops a
 * managed value that fails its schema without telling the extension, so enums, ranges and
 * patterns are left to the runtime validator, which reports them.
 */
import type { FieldSpec } from './field-spec';
import { POLICY_KEYS } from './policy';
import { POLICY_SCHEMA } from './schema';

type JsonSchema = { readonly [key: string]: unknown };

const STRING = { type: 'string' } as const;
const STRING_LIST = { type: 'array', items: STRING } as const;

function objectList(properties: Record<string, JsonSchema>): JsonSchema {
  return { type: 'array', items: { type: 'object', properties } };
}

function typeOf(spec: FieldSpec): JsonSchema {
  switch (spec.kind) {
    case 'enum':
    case 'string':
    case 'url':
      return STRING;
    case 'integer':
      return { type: 'integer' };
    case 'boolean':
      return { type: 'boolean' };
    case 'hosts':
    case 'strings':
      return STRING_LIST;
    case 'rules':
      return objectList({ match: STRING, action: STRING });
    case 'customDetectors':
      return objectList({ id: STRING, label: STRING, regex: STRING, keywords: STRING_LIST, severity: STRING });
    case 'allowPatterns':
      return objectList({ detector: STRING, pattern: STRING });
  }
}

export function chromeManagedSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const key of POLICY_KEYS) {
    const spec: FieldSpec = POLICY_SCHEMA[key];
    properties[key] = {
      title: spec.title,
      description: spec.description.replace(/`/g, ''),
      ...typeOf(spec),
      ...(spec.sensitive ? { sensitiveValue: true } : {}),
    };
  }
  return { type: 'object', properties };
}
