/**
 * The worker ↔ NLP host messages (issue #4). The service worker never loads compromise; it asks an
 * NLP host — on Chrome an offscreen document, on Firefox a dedicated worker (extension/lib/nlp) —
 * for the entity findings of a text it has already given its verdict on.
 *
 * These are not in `ProtocolMap`: the worker sends them and never routes them. The host checks
 * that the sender is the extension itself, outside any tab, and parses the payload here; the
 * worker parses the reply here too, because a reply is only as trustworthy as its shape.
 */
import type { EntityScanOptions } from '../nlp/entity-pass';
import type { EntityWork } from '../nlp/scan-entities';
import { ENTITY_TYPES, type SpanLike } from '../nlp/types';
import { SEVERITIES, type Finding, type Severity } from '../engine/types';
import { isRecord, type MessageSpec } from './message-spec';

/** The entity pass reads no further than this (shared/nlp `MAX_ENTITY_CHARS`); the worker sends no more. */
export const MAX_NLP_TEXT_CHARS = 64 * 1024;
/** Verdict findings passed along as "other PII nearby"; the engine caps each detector at 500. */
export const MAX_NLP_SPANS = 5_000;
/** Entity findings a reply may carry: one per capitalised sequence at most (shared/nlp `SEQUENCE_LIMIT`). */
const MAX_NLP_FINDINGS = 400;

export interface NlpScanRequest {
  readonly text: string;
  readonly spans: readonly SpanLike[];
  readonly options: EntityScanOptions;
}

export interface NlpScanResponse {
  readonly findings: readonly Finding[];
  readonly work: EntityWork | null;
  /** This text's pass in the host, ms (per-text cost; excludes the load below). */
  readonly ms: number;
  /** The host's one-off load of compromise (module, lexicon, tagger model), ms. Not per-text cost. */
  readonly loadMs: number;
}

export interface NlpMessages {
  'nlp/scan': { request: NlpScanRequest; response: NlpScanResponse };
}

export type NlpEnvelope = { readonly type: 'nlp/scan'; readonly payload: NlpScanRequest };

const isSeverity = (v: unknown): v is Severity => SEVERITIES.some((s) => s === v);
const isOffset = (v: unknown, max: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 1_000 && v.every((s) => typeof s === 'string');

function parseOptions(value: unknown): EntityScanOptions | string {
  if (!isRecord(value)) return 'options must be an object';
  const { enabledDetectors, disabledDetectors, categories, allowPatterns } = value;
  if (enabledDetectors !== undefined && !isStringList(enabledDetectors)) return 'enabledDetectors must be strings';
  if (disabledDetectors !== undefined && !isStringList(disabledDetectors)) return 'disabledDetectors must be strings';
  if (categories !== undefined && !isRecord(categories)) return 'categories must be an object';
  const pii = categories?.pii;
  if (pii !== undefined && (!isRecord(pii) || (pii.enabled !== undefined && typeof pii.enabled !== 'boolean') || (pii.minSeverity !== undefined && !isSeverity(pii.minSeverity)))) {
    return 'categories.pii must be { enabled?, minSeverity? }';
  }
  const allow = Array.isArray(allowPatterns) ? allowPatterns : allowPatterns === undefined ? [] : null;
  if (allow === null || allow.length > 1_000) return 'allowPatterns must be a list';
  const patterns: { detector?: string; pattern: string }[] = [];
  for (const a of allow) {
    if (!isRecord(a) || typeof a.pattern !== 'string' || (a.detector !== undefined && typeof a.detector !== 'string')) return 'allowPatterns entries must be { detector?, pattern }';
    patterns.push({ pattern: a.pattern, ...(a.detector === undefined ? {} : { detector: a.detector }) });
  }
  // Only the pii category decides about entity findings.
  return {
    ...(enabledDetectors === undefined ? {} : { enabledDetectors }),
    ...(disabledDetectors === undefined ? {} : { disabledDetectors }),
    ...(pii === undefined ? {} : { categories: { pii: pii as { enabled?: boolean; minSeverity?: Severity } } }),
    ...(patterns.length ? { allowPatterns: patterns } : {}),
  };
}

function parseRequest(p: unknown): NlpScanRequest | string {
  if (!isRecord(p)) return 'payload must be an object';
  const { text, spans } = p;
  if (typeof text !== 'string' || text.length > MAX_NLP_TEXT_CHARS) return `text must be a string of at most ${MAX_NLP_TEXT_CHARS} characters`;
  if (!Array.isArray(spans) || spans.length > MAX_NLP_SPANS) return `spans must be a list of at most ${MAX_NLP_SPANS}`;
  const parsed: SpanLike[] = [];
  for (const s of spans) {
    if (!isRecord(s) || !isOffset(s.start, text.length) || !isOffset(s.end, text.length) || !isSeverity(s.severity)) return 'spans must be { start, end, severity } within text';
    parsed.push({ start: s.start, end: s.end, severity: s.severity });
  }
  const options = parseOptions(p.options);
  return typeof options === 'string' ? options : { text, spans: parsed, options };
}

export const NLP_SPECS: { readonly [T in keyof NlpMessages]: MessageSpec<NlpMessages[T]['request']> } = {
  // The worker's URL is an extension URL with no tab: the same test as for extension pages.
  'nlp/scan': { origin: 'extension-page', validate: parseRequest },
};

/** Parses a message arriving at an NLP host; `null` when it is not an NLP message at all. */
export function parseNlpEnvelope(message: unknown): NlpEnvelope | string | null {
  if (!isRecord(message) || message.type !== 'nlp/scan') return null;
  const payload = NLP_SPECS['nlp/scan'].validate(message.payload);
  return typeof payload === 'string' ? `nlp/scan: ${payload}` : { type: 'nlp/scan', payload };
}

function parseFinding(f: unknown, textLength: number): Finding | string {
  if (!isRecord(f)) return 'finding must be an object';
  const { type, severity, confidence, start, end, explanation: e } = f;
  if (!ENTITY_TYPES.some((t) => t === type)) return 'finding type must be an entity type';
  if (!isSeverity(severity) || typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) return 'finding needs severity and confidence';
  if (!isOffset(start, textLength) || !isOffset(end, textLength) || end <= start) return 'finding span out of range';
  if (!isRecord(e) || typeof e.rule !== 'string' || typeof e.baseScore !== 'number' || !Array.isArray(e.context)) return 'finding needs an explanation';
  const context = e.context.flatMap((c: unknown) => (isRecord(c) && typeof c.word === 'string' && typeof c.delta === 'number' ? [{ word: c.word, delta: c.delta }] : []));
  return {
    type: type as string, category: 'pii', severity, confidence, start, end,
    explanation: { detector: type as string, rule: e.rule, baseScore: e.baseScore, context, ...(typeof e.note === 'string' ? { note: e.note } : {}) },
  };
}

/** Parses a host's reply value (the worker trusts no shape it did not check). */
export function parseNlpResponse(value: unknown, textLength: number): NlpScanResponse | string {
  if (!isRecord(value)) return 'reply must be an object';
  const { findings, ms, loadMs, work } = value;
  if (!Array.isArray(findings) || findings.length > MAX_NLP_FINDINGS) return 'findings must be a list';
  if (typeof ms !== 'number' || typeof loadMs !== 'number') return 'ms and loadMs must be numbers';
  const parsed: Finding[] = [];
  for (const f of findings) {
    const finding = parseFinding(f, textLength);
    if (typeof finding === 'string') return finding;
    parsed.push(finding);
  }
  return { findings: parsed, ms, loadMs, work: isRecord(work) ? (work as unknown as EntityWork) : null };
}
