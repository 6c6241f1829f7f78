/**
 * JSON Web Tokens (`header.payload.signature`, base64url). The header is decoded and must be a
 * JSON object with an `alg`: that rejects random `eyJ…` look-alikes. Unsigned (`alg: none`)
 * tokens are reported medium: they prove nothing, but still carry claims.
 */
import type { Candidate, DetectorInput } from '../../../engine/types';
import { decodeBase64, decodeBase64Json } from '../lib/base64';
import { defineContextRule } from '../lib/define-context-rule';

/** The signature segment is optional: unsigned or truncated pastes still carry the claims. */
const JWT = /eyJ[A-Za-z0-9_\-]{8,2000}\.[A-Za-z0-9_\-]{2,8000}(?:\.[A-Za-z0-9_\-]{0,2000})?(?![\w\-.])/y;
/** Inside a longer base64url run, `eyJ` is data (`…eyJeyJ…`), not the start of a token. */
const TOKEN_CHAR = /[\w\-.]/;
const TOKEN_RUN = /[\w\-.]*/y;

/**
 * A header that is a closed JSON object naming `alg` or `typ` but does not parse (a hand-edited
 * fixture, a byte lost in a copy): still a JWT, at lower confidence. A header cut short
 * (`{"alg":"HS256","typ":"JWT"` without `}`) is not: the token was truncated or made up.
 */
function damagedHeader(header: string): boolean {
  const text = decodeBase64(header) ?? '';
  return text.startsWith('{"') && text.endsWith('}') && /"(?:alg|typ)"/.test(text);
}

function jwtAt(input: DetectorInput, at: number, _anchor: string, out: Candidate[]): number {
  const { text } = input;
  if (at > 0 && TOKEN_CHAR.test(text[at - 1] ?? '')) {
    // No JWT starts anywhere in this run: skip it whole, so `eyJeyJ…` is read once.
    TOKEN_RUN.lastIndex = at;
    TOKEN_RUN.exec(text);
    return TOKEN_RUN.lastIndex;
  }
  JWT.lastIndex = at;
  const m = JWT.exec(text);
  if (m === null) return at;
  const end = at + m[0].length;
  const [header = '', payload = '', signature = ''] = m[0].split('.');
  const h = decodeBase64Json(header);
  const claims = decodeBase64Json(payload) !== null;
  // The header proves the format: `alg`, or `typ` for vendor tokens such as TeamCity's. A header
  // that does not decode is a look-alike, whatever the payload says.
  const alg = typeof h?.alg === 'string' ? h.alg : typeof h?.typ === 'string' ? `typ ${h.typ}` : h === null && damagedHeader(header) ? 'unreadable' : null;
  if (alg === null) return end;
  const unsigned = alg?.toLowerCase() === 'none' || signature.length === 0;
  out.push({
    start: at,
    end,
    rule: unsigned ? 'unsigned-jwt' : 'jwt',
    confidence: alg === 'unreadable' ? 0.6 : claims ? 0.9 : 0.75,
    severity: unsigned ? 'medium' : 'high',
    validator: { name: 'jwt-header', passed: true, detail: `alg ${alg}${claims ? ', JSON claims' : ', opaque payload'}` },
  });
  return end;
}

export const jwt = defineContextRule({
  id: 'secret.jwt',
  description: 'JSON Web Token (session, API or service-role token).',
  validation: 'Header base64url-decodes to a JSON object with an `alg` (a closed but damaged one: lower confidence); payload decoding raises confidence.',
  severity: 'high',
  placeholder: 'JWT',
  keywords: ['eyj'],
  // Real tokens' base64 can contain long runs (`AAAA`); the header check already proves the format.
  skipPlaceholderCheck: true,
  at: jwtAt,
});
