/**
 * Throughput of the whole secret layer (all detectors, one shared sweep) on ~1 MB of mixed prose
 * and code, on the same text split into 1 KB prompts, and on adversarial inputs that used to make
 * rules rescan (`npm run bench:vitest`). MB/s = hz × MB of the case's input; the input sizes are
 * in the case names. Targets (issue "secret layer second pass"): ≥ 150 MB/s mixed, adversarial
 * within 2× of mixed, 1 MB ≤ 1.2× ten 100 KB chunks.
 */
import { bench, describe } from 'vitest';
import type { Detector, DetectorInput } from '../../engine/types';
import { secretDetectors } from './index';

/** Ordinary prompt prose, a quarter of it with secret-ish words (token limit, key point, password policy). */
const PROSE = [
  'Could you help me refactor this function so it handles retries? The token limit is 4096 and the key point is latency.',
  'Here is the draft of our quarterly newsletter. Please make the tone friendlier and cut it to about three hundred words.',
  'At 9.30 a.m. the on-call engineer noticed that the cache hit ratio dropped to 0.42, e.g. after the 2.1.3 deploy.',
  'Write a short story about a lighthouse keeper who finds a message in a bottle, in the style of a fairy tale.',
  'Our password policy says twelve characters minimum; summarise the attached notes for the team in five bullet points.',
  'Translate the following paragraph into French and keep the product names (Sightline, Acme Cloud) in English.',
  'What are the trade-offs between PostgreSQL and MongoDB for an event log with roughly 10,000 writes per second?',
  'Explain like I am five why the sky is blue, then give the real physics in two sentences with one formula.',
].join(' ');
/** Typical pasted code: identifiers that contain `key`, `token`, `auth`, `password` but no values. */
const CODE = [
  'import { useEffect, useState } from "react";',
  'const client = new Client({ region: "eu-west-1", timeout: 3000, retries: 3 });',
  'for (const key of Object.keys(map)) { total += map[key]; }',
  'export async function getToken(req: Request): Promise<string> { return req.headers.get("authorization") ?? ""; }',
  'if (user.password.length < MIN_LENGTH) throw new Error("password too short");',
  'def load(path):\n    with open(path) as f:\n        return json.load(f)["items"]',
  'SELECT id, name, created_at FROM orders WHERE status = \'open\' ORDER BY created_at DESC LIMIT 50;',
  '    <div className="card">{items.map((item) => <Row key={item.id} {...item} />)}</div>',
].join('\n');
const SECRETS = 'DATABASE_URL=postgres://app:Vq7pL29xKd@db.acme.io/orders\nGITHUB_TOKEN=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\n';

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const MB = 1_000_000;
export const MIXED = repeatTo(`${PROSE}\n${CODE}\n${PROSE}\n${SECRETS}`, MB);
const ADVERSARIAL_SIZE = 100_000;
/** Inputs that make a naive rule rescan the same region once per repeat of its literal. */
export const ADVERSARIAL: Record<string, string> = {
  digits: repeatTo('0123456789', ADVERSARIAL_SIZE),
  'a run': 'a'.repeat(ADVERSARIAL_SIZE),
  base64: repeatTo('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw', ADVERSARIAL_SIZE),
  'nested brackets': repeatTo('{[(', ADVERSARIAL_SIZE / 2) + repeatTo(')]}', ADVERSARIAL_SIZE / 2),
  'eyJ repeated': repeatTo('eyJ', ADVERSARIAL_SIZE),
  'key= repeated': repeatTo('key=', ADVERSARIAL_SIZE),
  '-----BEGIN repeated': repeatTo('-----BEGIN PRIVATE KEY-----', ADVERSARIAL_SIZE),
  'AKIA repeated': repeatTo('AKIA', ADVERSARIAL_SIZE),
  'password= repeated': repeatTo('password=', ADVERSARIAL_SIZE),
  ':// repeated': repeatTo('a://b:c@', ADVERSARIAL_SIZE),
};

const detectors = Object.values(secretDetectors) as Detector[];

/** `lower` is the engine's work (computed once for all layers), so it is prepared outside the loop. */
const LOWER = new Map<string, string>();
function lowerOf(text: string): string {
  let l = LOWER.get(text);
  if (l === undefined) LOWER.set(text, (l = text.toLowerCase()));
  return l;
}

/** A fresh input object per call, as the engine makes: the shared sweep's memo must not help. */
export function scanAll(text: string): number {
  const input = { text, lower: lowerOf(text), options: {} } as unknown as DetectorInput;
  let n = 0;
  for (const d of detectors) n += d.detect(input).length;
  return n;
}

export const CHUNKS_100K = Array.from({ length: 10 }, (_, i) => MIXED.slice(i * 100_000, (i + 1) * 100_000));
export const PROMPTS_1K = Array.from({ length: 1000 }, (_, i) => MIXED.slice(i * 1000, (i + 1) * 1000));

describe('secret layer', () => {
  bench('mixed prose+code, 1 MB in one input', () => {
    scanAll(MIXED);
  });
  bench('mixed prose+code, 1 MB as ten 100 KB inputs', () => {
    for (const c of CHUNKS_100K) scanAll(c);
  });
  bench('mixed prose+code, 1 MB as 1,000 1 KB prompts', () => {
    for (const p of PROMPTS_1K) scanAll(p);
  });
});

describe('secret layer, adversarial 100 KB inputs', () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    bench(`${name} (100 KB)`, () => {
      scanAll(text);
    });
  }
  bench('mixed prose+code (100 KB, reference)', () => {
    scanAll(CHUNKS_100K[0] ?? '');
  });
});
