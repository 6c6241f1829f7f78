/**
 * The worker's client for the NLP host. Whatever happens there — a cold start, a closed document,
 * a crash, a reply of the wrong shape — the answer here is either entity findings or `null`
 * within `timeoutMs`; `null` means "record the event without NLP findings". It is only ever
 * called after the verdict, so it cannot delay one.
 */
import { parseNlpResponse, type NlpScanRequest, type NlpScanResponse } from '../../../shared/protocol/nlp-messages';

/** Delivers one request to the NLP host and returns its reply envelope (`{ ok, value | error }`). */
export type NlpTransport = (request: NlpScanRequest) => Promise<unknown>;

export interface NlpClient {
  scan(request: NlpScanRequest): Promise<NlpScanResponse | null>;
}

export interface NlpClientOptions {
  readonly transport: NlpTransport;
  readonly timeoutMs: number;
  readonly onError?: (error: unknown) => void;
}

const TIMED_OUT = Symbol('timed out');

export function createNlpClient({ transport, timeoutMs, onError = () => undefined }: NlpClientOptions): NlpClient {
  return {
    async scan(request) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
        timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
      });
      try {
        const reply = await Promise.race([transport(request), timeout]);
        if (reply === TIMED_OUT) {
          onError(new Error(`nlp/scan: no reply within ${timeoutMs} ms`));
          return null;
        }
        const envelope = reply as { ok?: unknown; value?: unknown; error?: unknown } | undefined;
        if (envelope?.ok !== true) throw new Error(typeof envelope?.error === 'string' ? envelope.error : 'nlp/scan: no reply');
        const parsed = parseNlpResponse(envelope.value, request.text.length);
        if (typeof parsed === 'string') throw new Error(`nlp/scan: ${parsed}`);
        return parsed;
      } catch (error) {
        onError(error);
        return null;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
