/** Builds the collector's HTTP app over a storage back end. No listening here: `main.ts` does it. */
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
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
  const app = Fastify({
    logger, bodyLimit: limits.maxBodyBytes, return503OnClosing: true, ajv: { customOptions: { coerceTypes: false } },
    logController: new RequestLog(),
  });
  installErrorHandler(app);
  closeConnectionsWhenClosing(app);
  installJsonBodyParser(app, limits.maxBodyBytes);
  app.get(HEALTH_PATH, async () => ({ status: 'ok' }));
  registerEnrollRoute(app, options.storage, now);
  registerEventsRoute(app, options.storage, limits, now);
  return app;
}

/**
 * One info line per request, when it is answered: method, URL, status, time, and for a batch its
 * tenant, device and counts (set by the events route). Fastify's default also logs each arrival
 * at info; at 100 batches/s the log lines were ~10 % of the event loop's CPU in the load profile,
 * so arrivals are debug only.
 */
class RequestLog extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = { req: request, res: reply, responseTime: reply.elapsedTime, ...request.batchOutcome };
    // The error's stack, never its message: messages can quote input (see errors.ts).
    if (error) reply.log.error({ ...line, err: { type: error.name, stack: error.stack } }, 'request errored');
    else reply.log.info(line, request.batchOutcome ? 'batch stored' : 'request completed');
  }
}

/**
 * A batch in flight when shutdown starts is answered with `Connection: close`, so its keep-alive
 * socket closes with the answer. Otherwise the socket, busy when Fastify closed the idle ones,
 * stays open after the answer and holds shutdown until the keep-alive timeout (72 s).
 */
function closeConnectionsWhenClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });
}
