/**
 * JSON Web Tokens (`header.payload.signature`, base64url). The header is decoded and must be a
 * JSON object with an `alg`: that rejects random `eyJ…` look-alikes. Unsigned (`alg: none`)
 * tokens are reported medium: they prove nothing, but still carry claims.
 */
import type { Candidate, DetectorInput } from '../../../engine/types';
import { decodeBase64Json } from '../lib/base64';
import { defineContextRule } from '../lib/define-context-rule';

/** The signature segment is optional: unsigned or truncated pastes still carry the claims. */
const JWT = /eyJ[A-Za-z0-9_\-]{8,2000}\.[A-Za-z0-9_\-]{2,8000}(?:\.[A-Za-z0-9_\-]{0,2000})?(?![\w\-.])/g;

function findJwts(input: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  JWT.lastIndex = 0;
  for (let m = JWT.exec(input.text); m !== null; m = JWT.exec(input.text)) {
    const [header = '', payload = '', signature = ''] = m[0].split('.');
    const h = decodeBase64Json(header);
    if (!h || typeof h.alg !== 'string') continue;
    const unsigned = h.alg.toLowerCase() === 'none' || signature.length === 0;
    const claims = decodeBase64Json(payload) !== null;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      rule: unsigned ? 'unsigned-jwt' : 'jwt',
      confidence: claims ? 0.9 : 0.75,
      severity: unsigned ? 'medium' : 'high',
      validator: { name: 'jwt-header', passed: true, detail: `alg ${h.alg}${claims ? ', JSON claims' : ', opaque payload'}` },
    });
  }
  return out;
}

export const jwt = defineContextRule({
  id: 'secret.jwt',
  description: 'JSON Web Token (session, API or service-role token).',
  validation: 'Header base64url-decodes to a JSON object with an `alg`; payload decoding raises confidence.',
  severity: 'high',
  placeholder: 'JWT',
  keywords: ['eyj'],
  // Real tokens' base64 can contain long runs (`AAAA`); the header check already proves the format.
  skipPlaceholderCheck: true,
  find: findJwts,
  vectors: {
    positive: [
      {
        text: 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTgxMjciLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MTAwMDAwMDB9.Qm9n7xV2kq8ZP1rC4tLw0aYdE5sHjU6fNgB3vKcXiTo',
        match: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTgxMjciLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MTAwMDAwMDB9.Qm9n7xV2kq8ZP1rC4tLw0aYdE5sHjU6fNgB3vKcXiTo',
      },
    ],
    negative: [
      'eyJhbasdGciOiJIUaddasdasfsasdasdzI1NiIasdsInR5cCI6IkpXVCasdJasd9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV',
      'the jwt library',
      'eyJAAAA.eyJBBB',
    ],
  },
});
