/**
 * One error shape on the wire (`{"error": code}`) and in the logs. Messages from parsers are
 * never echoed or logged: V8's JSON.parse errors quote the input, which may be a prompt.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { ErrorCode } from '../../shared/sync/protocol';

export class HttpError extends Error {
  constructor(readonly statusCode: number, readonly code: ErrorCode) {
    super(code);
  }
}

export function sendError(reply: FastifyReply, statusCode: number, code: ErrorCode): FastifyReply {
  return reply.code(statusCode).send({ error: code });
}

/** Fastify's own error codes that reach us, mapped to ours. */
const FASTIFY_CODES: Readonly<Record<string, [number, ErrorCode]>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'bad_request'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'bad_request'],
  FST_ERR_VALIDATION: [400, 'bad_request'],
};

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return sendError(reply, error.statusCode, error.code);
    const mapped = FASTIFY_CODES[error.code ?? ''] ?? (error.validation ? [400, 'bad_request'] as const : undefined)
      ?? (error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? [error.statusCode, 'bad_request'] as const : undefined);
    if (mapped) {
      request.log.info({ status: mapped[0], code: mapped[1], fastifyCode: error.code }, 'request refused');
      return sendError(reply, mapped[0], mapped[1]);
    }
    // Unexpected: log the stack (our code, no request data), answer without detail.
    request.log.error({ err: { type: error.name, stack: error.stack } }, 'request failed');
    return sendError(reply, 500, 'internal');
  });
}
