/**
 * `POST /v1/events`: authenticated before the body is read (no inflating for strangers), then
 * batch shape, rate, per-event validation, and one transaction per batch.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { EVENTS_PATH, type EventsResponse } from '../../shared/sync/protocol';
import { bearerToken, hashToken, sameHash } from '../auth/tokens';
import type { CollectorLimits } from '../config';
import type { Device, Storage } from '../storage/storage';
import { sendError } from './errors';
import { createRateLimiter } from './rate-limit';
import { validateEvents } from './validate-events';

declare module 'fastify' {
  interface FastifyRequest {
    device?: Device;
    /** For the request's log line (app.ts): what the batch did. Counts and ids only. */
    batchOutcome?: { tenant: string; installId: string; accepted: number; duplicates: number; rejected: number };
  }
}

export function registerEventsRoute(app: FastifyInstance, storage: Storage, limits: CollectorLimits, now: () => number): void {
  const rateLimit = createRateLimiter(limits.rate, now);

  app.post(EVENTS_PATH, {
    async onRequest(request, reply) {
      const token = bearerToken(request.headers.authorization);
      const hash = token && hashToken(token);
      const device = hash ? await storage.deviceByTokenHash(hash) : undefined;
      if (!hash || !device || !sameHash(device.tokenHash, hash)) return sendError(reply, 401, 'unauthorized');
      if (device.revokedAt !== null) return sendError(reply, 403, 'device_revoked');
      request.device = device;
    },
  }, async (request, reply) => {
    const device = authenticated(request);
    const events = batchOf(request.body);
    if (!events) return sendError(reply, 400, 'bad_request');
    if (events.length > limits.maxBatchEvents) return sendError(reply, 413, 'payload_too_large');
    const decision = rateLimit(`${device.tenantId}/${device.installId}`, events.length);
    if (!decision.allowed) {
      void reply.header('retry-after', String(decision.retryAfterSeconds));
      return sendError(reply, 429, 'rate_limited');
    }
    const { valid, rejected } = validateEvents(events, device.installId, request.jsonText);
    const receivedAt = now();
    const { accepted, duplicates } = await storage.insertEvents(device.tenantId, device.installId, valid, receivedAt);
    request.batchOutcome = { tenant: device.tenantId, installId: device.installId, accepted, duplicates, rejected: rejected.length };
    const response: EventsResponse = { accepted, duplicates, rejected };
    return response;
  });
}

function authenticated(request: FastifyRequest): Device {
  if (!request.device) throw new Error('events handler reached without an authenticated device');
  return request.device;
}

function batchOf(body: unknown): unknown[] | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const events = (body as { events?: unknown }).events;
  return Array.isArray(events) ? events : undefined;
}
