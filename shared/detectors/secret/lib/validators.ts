/** Small format validators shared by provider rules. */
import type { ValidatorResult } from '../../../engine/types';
import { decodeBase64 } from './base64';

/** AWS key IDs are base32 after the 4-letter prefix: `0`, `1`, `8`, `9` never occur. */
export function awsKeyIdCharset(value: string): ValidatorResult {
  const passed = /^[A-Z2-7]+$/.test(value.slice(4));
  return { name: 'aws-key-id-alphabet', passed, detail: passed ? 'base32 body' : 'body has characters outside base32' };
}

/** A Discord bot token's first segment is the bot's numeric user ID (snowflake), base64-encoded. */
export function discordSnowflake(value: string): ValidatorResult {
  const id = decodeBase64(value.slice(0, value.indexOf('.')));
  const passed = id !== null && /^\d{17,20}$/.test(id);
  return { name: 'discord-snowflake', passed, detail: passed ? 'first segment decodes to a user ID' : 'first segment is not a base64 user ID' };
}

/** A `private_key` is a service-account key when the same JSON names the account. */
export function serviceAccountJson(value: string, input: { readonly lower: string }): ValidatorResult | null {
  const body = value.replace(/-----[A-Z ]+-----|\\n|\s/g, '');
  if (body.length < 64) return null;
  const passed = input.lower.includes('"client_email"') || input.lower.includes('service_account');
  return { name: 'service-account-json', passed, detail: passed ? 'client_email/service_account present' : 'no client_email in the pasted JSON' };
}
