import { bench, describe } from 'vitest';
import type { Detector, DetectorInput, ResolvedScanOptions } from '../../engine/types';
import { scanEntities } from '../../nlp/scan-entities';
import { warmUpTagger } from '../../nlp/tagger';
import { piiFastDetectors } from './fast';
import { piiDetectors } from './index';
import { phone } from './phone';

/**
 * PII layer cost on ~1 KB prompts. The engine-wide budget is 1 KB median ≤ 0.5 ms, p99 ≤ 5 ms
 * (cli/bench.ts); these benches show the PII layer's share of it, split by tier, plus the async
 * NLP entry (gated tagger) the worker runs after the verdict. Run: `npx vitest bench --run shared/detectors/pii`.
 */
const RECORD =
  'Can you draft a reply to Maria Gonzalez (maria.g@northwind-mail.com, +44 20 7946 0958) about her card ' +
  'ending 6546? Her file: DOB 03/14/1962, SSN 514-69-0360, IBAN DE89 3704 0044 0532 0130 00, lives at ' +
  '221B Baker Street, London NW1 6XE. She works at Northwind Logistics GmbH as a Staff development specialist. ';
const PROSE =
  'Please rewrite the following paragraph so that it reads more naturally and keeps the technical meaning. ' +
  'The service retries failed requests three times with exponential backoff, then surfaces an error to the ' +
  'caller. We measured a median latency of 41 ms in the March release and want the summary to stay short. ';

const kb = (s: string): string => s.repeat(Math.ceil(1024 / s.length)).slice(0, 1024);
const PROMPTS = { 'record (all PII types)': kb(RECORD), 'ordinary prose': kb(PROSE) };

const input = (text: string): DetectorInput => ({ text, lower: text.toLowerCase(), options: {} as ResolvedScanOptions });
function runAll(detectors: Record<string, Detector>, text: string): number {
  const inp = input(text);
  let n = 0;
  for (const d of Object.values(detectors)) if (!d.keywords || d.keywords.some((k) => inp.lower.includes(k))) n += d.detect(inp).length;
  return n;
}

warmUpTagger();
for (const [name, text] of Object.entries(PROMPTS)) {
  describe(`1 KB ${name}`, () => {
    bench('fast tier (content script)', () => void runAll(piiFastDetectors, text));
    bench('full registry (worker, sync)', () => void runAll(piiDetectors, text));
    bench('pii.phone alone', () => void phone.detect(input(text)));
    bench('NLP entry: scanEntities, gated tagger', () => void scanEntities(text));
  });
}
