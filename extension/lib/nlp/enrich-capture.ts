/**
 * NLP enrichment of a recorded capture (issue #4). The worker has already answered the page and
 * stored the event from the verdict scan; this asks the NLP host for person, organisation and
 * place findings, adds them (shared/nlp/enrich.ts), rewrites the stored event's risk and finding
 * counts, and hands the enriched event on (to the sync outbox). The event's `action` — what the
 * page did — is never changed. No reply in time, or any failure: the event stays as recorded and
 * goes on unchanged.
 */
import type { EnforcementConfig } from '../../../shared/enforcement/config';
import { countFindings } from '../../../shared/enforcement/verdict';
import { isEnabled, resolveOptions } from '../../../shared/engine/options';
import type { Detector, ScanOptions, ScanResult } from '../../../shared/engine/types';
import type { CapturedEvent } from '../../../shared/events/captured-event';
import { enrichResult } from '../../../shared/nlp/enrich';
import { ENTITY_TYPES } from '../../../shared/nlp/types';
import { MAX_NLP_SPANS, MAX_NLP_TEXT_CHARS, type NlpScanRequest } from '../../../shared/protocol/nlp-messages';
import type { SightlineDb } from '../store/db';
import type { NlpClient } from './nlp-client';

export type OnCaptured = (event: CapturedEvent, result: ScanResult, text: string) => Promise<void>;

export interface EnrichDeps {
  readonly nlp: NlpClient;
  readonly db: () => Promise<SightlineDb>;
  /** The policy's scan options the verdict ran with. */
  readonly scanOptions: () => ScanOptions;
  readonly config: () => Promise<EnforcementConfig>;
  /** Called with the event as finally recorded (enriched or not). */
  readonly next: OnCaptured;
  readonly onError?: (error: unknown) => void;
}

/** The request for a capture, or `null` when NLP cannot add anything to it. */
export function nlpRequestFor(text: string, result: ScanResult, options: ScanOptions): NlpScanRequest | null {
  const resolved = resolveOptions(options);
  const enabled = ENTITY_TYPES.some((id) => isEnabled({ id, category: 'pii' } as Detector, resolved));
  const head = text.slice(0, MAX_NLP_TEXT_CHARS);
  // No capital letter, no capitalised sequence: nothing for the entity pass to read.
  if (!enabled || !/\p{Lu}/u.test(head)) return null;
  const spans = result.findings
    .filter((f) => f.category === 'pii' && f.end <= head.length)
    .slice(0, MAX_NLP_SPANS)
    .map(({ start, end, severity }) => ({ start, end, severity }));
  const { enabledDetectors, disabledDetectors, categories, allowPatterns } = options;
  return {
    text: head,
    spans,
    options: {
      ...(enabledDetectors ? { enabledDetectors } : {}),
      ...(disabledDetectors ? { disabledDetectors } : {}),
      ...(categories?.pii ? { categories: { pii: categories.pii } } : {}),
      ...(allowPatterns ? { allowPatterns } : {}),
    },
  };
}

export function enrichCaptures(deps: EnrichDeps): OnCaptured {
  const onError = deps.onError ?? ((error: unknown) => console.warn('[Sightline] NLP enrichment skipped:', error));
  const enrich = async (event: CapturedEvent, result: ScanResult, text: string): Promise<[CapturedEvent, ScanResult]> => {
    const options = deps.scanOptions();
    const request = nlpRequestFor(text, result, options);
    const reply = request && (await deps.nlp.scan(request));
    if (!reply) return [event, result];
    const { flagThreshold } = await deps.config();
    const enriched = enrichResult(text, result, reply.findings, { flagThreshold, ...(options.placeholders ? { placeholders: options.placeholders } : {}) });
    if (enriched === result) return [event, result];
    const updated: CapturedEvent = { ...event, risk: enriched.risk, findings: countFindings(enriched.findings) };
    await (await deps.db()).put('events', updated);
    return [updated, enriched];
  };
  return async (event, result, text) => {
    const [finalEvent, finalResult] = await enrich(event, result, text).catch((error: unknown) => {
      onError(error);
      return [event, result] as const;
    });
    await deps.next(finalEvent, finalResult, text);
  };
}
