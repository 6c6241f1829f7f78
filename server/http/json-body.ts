/**
 * `application/json` bodies, optionally `Content-Encoding: gzip`. The compressed body is capped by
 * Fastify's `bodyLimit`; inflation is capped again with zlib's `maxOutputLength`, so a gzip bomb
 * stops at the limit instead of filling memory. Parsing uses Fastify's own JSON parser, which
 * refuses `__proto__` and `constructor.prototype` keys. The decoded text stays on the request
 * (`jsonText`) so the events route can store each event's own bytes without re-serialising it.
 */
import { gunzip, gunzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    jsonText?: string;
  }
}

const gunzipAsync = promisify(gunzip);
/**
 * Output buffer per inflate step. zlib's 16 KiB default turns a 100-event batch (~130 KB inflated)
 * into ~8 round trips between the thread pool and the event loop; one 256 KiB step halved the
 * CPU of inflating it (measured: 0.53 → 0.25 ms per batch).
 */
const INFLATE_CHUNK_BYTES = 256 * 1024;
/**
 * Bodies up to this size (compressed) are inflated on the event loop. A 100-event batch (~15 KB
 * gzip, ~130 KB inflated) takes ~0.25 ms of CPU either way, but through the thread pool it adds two
 * thread hand-offs (to a pool thread and back), and on a machine with more runnable threads than
 * cores each hand-off waits for a core. The worst case is bounded by `maxOutputLength` (4 MiB of
 * output, a few ms) and reachable only by an authenticated device; larger bodies keep the pool.
 */
const SYNC_INFLATE_MAX_BYTES = 64 * 1024;

export function installJsonBodyParser(app: FastifyInstance, maxBodyBytes: number): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: maxBodyBytes }, (request, raw, done) => {
    const encoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase().trim();
    inflate(raw as Buffer, encoding, maxBodyBytes).then(
      (body) => {
        const text = body.toString('utf8');
        parseJson(request, text, (error, value) => {
          if (!error) request.jsonText = text;
          done(error ? new HttpError(400, 'bad_request') : null, value);
        });
      },
      (error: unknown) => done(error instanceof HttpError ? error : new HttpError(400, 'bad_request')),
    );
  });
}

async function inflate(raw: Buffer, encoding: string, maxBodyBytes: number): Promise<Buffer> {
  if (encoding === 'identity') return raw;
  if (encoding !== 'gzip') throw new HttpError(415, 'unsupported_media_type');
  try {
    const options = { maxOutputLength: maxBodyBytes, chunkSize: INFLATE_CHUNK_BYTES };
    return raw.length <= SYNC_INFLATE_MAX_BYTES ? gunzipSync(raw, options) : await gunzipAsync(raw, options);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw code === 'ERR_BUFFER_TOO_LARGE' ? new HttpError(413, 'payload_too_large') : new HttpError(400, 'bad_request');
  }
}
