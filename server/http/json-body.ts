/**
 * `application/json` bodies, optionally `Content-Encoding: gzip`. The compressed body is capped by
 * Fastify's `bodyLimit`; inflation is capped again with zlib's `maxOutputLength`, so a gzip bomb
 * stops at the limit instead of filling memory. Parsing uses Fastify's own JSON parser, which
 * refuses `__proto__` and `constructor.prototype` keys.
 */
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors';

const gunzipAsync = promisify(gunzip);

export function installJsonBodyParser(app: FastifyInstance, maxBodyBytes: number): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: maxBodyBytes }, (request, raw, done) => {
    const encoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase().trim();
    inflate(raw as Buffer, encoding, maxBodyBytes).then(
      (body) => parseJson(request, body.toString('utf8'), (error, value) => done(error ? new HttpError(400, 'bad_request') : null, value)),
      (error: unknown) => done(error instanceof HttpError ? error : new HttpError(400, 'bad_request')),
    );
  });
}

async function inflate(raw: Buffer, encoding: string, maxBodyBytes: number): Promise<Buffer> {
  if (encoding === 'identity') return raw;
  if (encoding !== 'gzip') throw new HttpError(415, 'unsupported_media_type');
  try {
    return await gunzipAsync(raw, { maxOutputLength: maxBodyBytes });
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw code === 'ERR_BUFFER_TOO_LARGE' ? new HttpError(413, 'payload_too_large') : new HttpError(400, 'bad_request');
  }
}
