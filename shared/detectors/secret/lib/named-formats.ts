/**
 * Credential names whose value format the provider documents. When an assignment's name says
 * which credential it holds (`AWS_SECRET_ACCESS_KEY`, `ibm_iam_key`, `meraki_token`), a value that
 * does not fit that format is not that credential — a wrong length (`…EXAMPLEKEYa`, 41 chars), an
 * encrypted blob, a `…--__extra` suffix — and the context rules report nothing (issue 3: "values
 * that fail the provider's format get no finding"). Values that fit are judged as usual, so a
 * placeholder in the right format (`wJalr…EXAMPLEKEY`) is still reported low.
 */

export interface NamedFormat {
  /** Which credential, for explanations and tests. */
  readonly credential: string;
  /** Matched against the name's lower-case words joined without separators (`awssecretaccesskey`). */
  readonly name: RegExp;
  readonly value: RegExp;
}

export const NAMED_FORMATS: readonly NamedFormat[] = [
  {
    // AWS docs: secret access keys are 40 characters of base64; key IDs 20 (`AKIA` + 16 base32).
    // Session tokens are far longer and named `…session_token`, so they are left out.
    credential: 'AWS secret access key',
    name: /^(?!.*(?:session|token|id$)).*(?:aws|amazon).*(?:secret|accesskey|secretkey)/,
    value: /^(?:[A-Za-z0-9/+]{40}|(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})$/,
  },
  {
    // IBM Cloud IAM API keys: 44 characters of base64url; 42–44 as kingfisher's IBM rule accepts.
    credential: 'IBM Cloud IAM API key',
    name: /(?:ibm.*(?:iam|cloud|api)|cloudiam).*key$/,
    value: /^[A-Za-z0-9_\-]{42,44}$/,
  },
  {
    // S3-compatible HMAC secrets (`secret_access_key`, alone or after an object-store name): AWS,
    // GCS HMAC and Wasabi 40 base64 characters (MinIO up to 40), DigitalOcean Spaces 43, IBM COS
    // 48 hex, Cloudflare R2 64 hex. Other providers reuse the name for their own formats
    // (`canny_secret_access_key`), so only these prefixes count.
    credential: 'S3-compatible secret access key',
    name: /^(?:s3|cos|hmac|ibm|minio|wasabi|r2|spaces|gcs|storage|bucket)*secretaccesskey$/,
    value: /^(?:[A-Za-z0-9/+=]{8,40}|[A-Za-z0-9/+]{43}=?|[a-f0-9]{48}|[a-f0-9]{64})$/,
  },
  {
    // Cisco Meraki dashboard API keys: 40 lower-case hex characters.
    credential: 'Cisco Meraki API key',
    name: /meraki.*(?:key|token)$/,
    value: /^[0-9a-f]{40}$/,
  },
  {
    // Okta API tokens (SSWS): `00` + 40 base64url characters.
    credential: 'Okta API token',
    name: /okta.*(?:apikey|apitoken|token)$/,
    value: /^00[A-Za-z0-9_\-]{40}$/,
  },
];

/**
 * The documented format named by `words` that `value` fails, or `null` when the name names no
 * such credential or the value fits.
 */
export function failedNamedFormat(words: readonly string[], value: string): NamedFormat | null {
  const flat = words.join('');
  for (const f of NAMED_FORMATS) if (f.name.test(flat)) return f.value.test(value) ? null : f;
  return null;
}
