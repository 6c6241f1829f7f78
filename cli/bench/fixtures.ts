import type { Detector } from '../../shared/engine';
import { detectorVectors } from '../../shared/detectors/vectors';
import { mulberry32 } from '../../shared/random/mulberry32';

/**
 * The fixed benchmark set, generated from in-repo material only (detector vectors and the templates
 * below) with a seeded PRNG, so every run and every machine measures the same bytes.
 */

const PROSE = [
  'Can you help me rewrite this paragraph so it sounds more professional?',
  'We are planning the quarterly offsite and need an agenda for two days.',
  'Summarise the following meeting notes into five bullet points for the team.',
  'The customer reported that the export button does nothing on Safari.',
  'Please translate the text below into German and keep the formatting.',
  'Our churn went up last month; what are common reasons for that in SaaS?',
  'Write a friendly reminder email about the expense report deadline.',
  'Explain the difference between a process and a thread in simple terms.',
];

const CODE = [
  'function total(items) {\n  return items.reduce((sum, item) => sum + item.price, 0);\n}',
  'def parse(path):\n    with open(path) as f:\n        return [line.strip() for line in f]',
  'SELECT customer_id, SUM(amount)\nFROM orders\nWHERE created_at > NOW() - INTERVAL 30 DAY\nGROUP BY customer_id;',
  'for (let i = 0; i < rows.length; i++) {\n  if (rows[i].status === "failed") retry(rows[i]);\n}',
  'public class Cache<K, V> {\n    private final Map<K, V> map = new HashMap<>();\n}',
];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/** ~1 KB prompts: prose and code templates with detector vectors mixed in (about a third carry one). */
export function makePrompts(detectors: readonly Detector[], count = 1_000, size = 1_024): string[] {
  const rand = mulberry32(42);
  const vectors = detectors.flatMap((d) => {
    const v = detectorVectors[d.id];
    return v ? [...v.positive.map((p) => p.text), ...v.negative] : [];
  });
  const prompts: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let length = 0;
    while (length < size) {
      const r = rand();
      const part = r < 0.55 ? pick(rand, PROSE) : r < 0.8 ? pick(rand, CODE) : pick(rand, vectors.length > 0 ? vectors : PROSE);
      parts.push(part);
      length += part.length + 1;
    }
    prompts.push(parts.join(r2nl(rand)).slice(0, size));
  }
  return prompts;
}

const r2nl = (rand: () => number): string => (rand() < 0.5 ? '\n' : ' ');

/** Mixed prose and code without detector vectors: the "normal text" baseline for throughput. */
export function makeMixedText(size: number, seed = 7): string {
  const rand = mulberry32(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const part = rand() < 0.6 ? pick(rand, PROSE) : pick(rand, CODE);
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join('\n').slice(0, size);
}

const BASE64 = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw==';

export function makeAdversarial(size: number): Record<string, string> {
  const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return {
    'digits': fill('7'),
    'a-run': fill('a'),
    'base64': fill(BASE64),
    'nested brackets': fill('([{').slice(0, size / 2) + fill('}])').slice(0, size / 2),
    'one repeated token': fill('api_key=sk_live_4eC39HqLyjWDarjtT1zdp7dc '),
    'email near-miss': fill('a.b.c.d.e@'),
    'zero-width + homoglyph': fill('\u200B\u0410KI\u0410 '),
  };
}
