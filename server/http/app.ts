/** Builds the collector's HTTP app over a storage back end. No listening here: `main.ts` does it. */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { HEALTH_PATH } from '../../shared/sync/protocol';
import { DEFAULT_LIMITS, type CollectorLimits } from '../config';
import type { Storage } from '../storage/storage';
import { registerEnrollRoute } from './enroll-route';
import { installErrorHandler } from './errors';
import { registerEventsRoute } from './events-route';
import { installJsonBodyParser } from './json-body';

export interface CollectorOptions {
  readonly storage: Storage;
  readonly limits?: CollectorLimits;
  readonly now?: () => number;
  /** Fastify/pino logger options; `false` in unit tests. */
  readonly logger?: FastifyServerOptions['logger'];
}

/**
 * Request logs carry method, URL, status and timing; the serializers below drop headers, so the
 * bearer token never reaches a log. Bodies are never logged.
 */
const SERIALIZERS = {
  req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: req.url, ip: req.ip }),
};

export function buildCollector(options: CollectorOptions): FastifyInstance {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const now = options.now ?? Date.now;
  const logger = options.logger === undefined || options.logger === false || options.logger === true
    ? options.logger ?? false
    : { ...options.logger, serializers: SERIALIZERS };
  // No type coercion: a number where a string belongs is a client bug to refuse, not to paper over.
  const app = Fastify({ logger, bodyLimit: limits.maxBodyBytes, return503OnClosing: true, ajv: { customOptions: { coerceTypes: false } } });
  installErrorHandler(app);
  installJsonBodyParser(app, limits.maxBodyBytes);
  app.get(HEALTH_PATH, async () => ({ status: 'ok' }));
  registerEnrollRoute(app, options.storage, now);
  registerEventsRoute(app, options.storage, limits, now);
  return app;
}
