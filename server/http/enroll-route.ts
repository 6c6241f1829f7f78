/** `POST /v1/enroll`: exchanges the tenant's enrollment token for a per-install device token. */
import type { FastifyInstance } from 'fastify';
import { ENROLL_PATH, type EnrollRequest, type EnrollResponse } from '../../shared/sync/protocol';
import { DEVICE_TOKEN_PREFIX, hashToken, newToken, sameHash } from '../auth/tokens';
import type { Storage } from '../storage/storage';
import { sendError } from './errors';

/** An enrollment body is a few hundred bytes. */
const ENROLL_BODY_LIMIT = 16 * 1024;
const id = { type: 'string', minLength: 1, maxLength: 200 } as const;

const bodySchema = {
  type: 'object',
  required: ['enrollmentToken', 'installId', 'browser', 'extensionVersion'],
  properties: {
    enrollmentToken: { type: 'string', minLength: 1, maxLength: 512 },
    installId: id,
    userId: id,
    browser: { type: 'string', minLength: 1, maxLength: 64 },
    extensionVersion: { type: 'string', minLength: 1, maxLength: 64 },
  },
} as const;

export function registerEnrollRoute(app: FastifyInstance, storage: Storage, now: () => number): void {
  app.post<{ Body: EnrollRequest }>(ENROLL_PATH, { bodyLimit: ENROLL_BODY_LIMIT, schema: { body: bodySchema } }, async (request, reply) => {
    const body = request.body;
    const hash = hashToken(body.enrollmentToken);
    const tenant = await storage.tenantByEnrollmentTokenHash(hash);
    if (!tenant || !sameHash(tenant.enrollmentTokenHash, hash)) return sendError(reply, 401, 'unauthorized');
    const deviceToken = newToken(DEVICE_TOKEN_PREFIX);
    const outcome = await storage.enrollDevice({
      tenantId: tenant.id, installId: body.installId, tokenHash: hashToken(deviceToken), userId: body.userId ?? null,
      browser: body.browser, extensionVersion: body.extensionVersion, now: now(),
    });
    if (outcome === 'revoked') {
      request.log.warn({ tenant: tenant.id, installId: body.installId }, 'enrollment refused: device revoked');
      return sendError(reply, 403, 'device_revoked');
    }
    request.log.info({ tenant: tenant.id, installId: body.installId }, 'device enrolled');
    const response: EnrollResponse = { deviceToken, hmacKey: tenant.hmacKey };
    return response;
  });
}
