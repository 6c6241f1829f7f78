/**
 * `npm run eval -- --corpus ../shared/eval [--fast] [--pii-misses [TYPE,…]] [--secret-misses]`: recall and false-positive
 * rates on the labelled corpora described in that folder's README. Reads the corpus by path; nothing is copied.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createScanner } from '../shared/engine';
import { registry } from '../shared/detectors/registry';
import { fastRegistry } from '../shared/detectors/fast-registry';
import { readCorpus } from './eval/corpus';
import { benignEvaluator, jailbreakEvaluator, piiEvaluator, secretsEvaluator, type CorpusEvaluator, type PiiMissDump } from './eval/metrics';

interface Dumps {
  readonly pii: PiiMissDump | undefined;
  readonly secrets: PiiMissDump | undefined;
}
type MakeEvaluator = (dumps: Dumps) => CorpusEvaluator;
const CORPORA: ReadonlyArray<readonly [string, MakeEvaluator]> = [
  ['jailbreak.jsonl', jailbreakEvaluator],
  ['benign.jsonl', benignEvaluator],
  ['secrets.jsonl', (d) => secretsEvaluator(d.secrets)],
  ['pii.jsonl', (d) => piiEvaluator(d.pii)],
];

/**
 * `--pii-misses [TYPE,TYPE…]`: missed PII spans and false-positive negatives to stderr;
 * `--secret-misses`: missed headline secrets positives and flagged secrets negatives.
 */
function missDump(argv: readonly string[], flag: string): PiiMissDump | undefined {
  const at = argv.indexOf(flag);
  if (at === -1) return undefined;
  const arg = argv[at + 1];
  const types = arg === undefined || arg.startsWith('--') ? [] : arg.split(',');
  return { types, write: (line) => process.stderr.write(`${line}\n`) };
}

async function main(argv: readonly string[]): Promise<number> {
  const at = argv.indexOf('--corpus');
  const dir = at === -1 ? undefined : argv[at + 1];
  if (dir === undefined) {
    process.stderr.write('usage: npm run eval -- --corpus <folder with jailbreak/benign/secrets/pii .jsonl> [--fast] [--only <name>] [--pii-misses [TYPE,…]] [--secret-misses]\n');
    return 2;
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(`eval: corpus folder not found: ${dir}\n`);
    return 2;
  }
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const dumps: Dumps = { pii: missDump(argv, '--pii-misses'), secrets: missDump(argv, '--secret-misses') };
  const scan = createScanner(argv.includes('--fast') ? fastRegistry : registry);
  let ran = 0;
  for (const [file, make] of CORPORA) {
    const path = join(dir, file);
    if (!existsSync(path) || (only !== undefined && !file.startsWith(only))) continue;
    const evaluator = make(dumps);
    let bad = 0;
    let rows = 0;
    const started = performance.now();
    for await (const row of readCorpus(path, () => bad++)) {
      evaluator.add(row, scan);
      rows++;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`\n## ${file} — ${rows} rows${bad > 0 ? `, ${bad} unreadable` : ''}, ${seconds} s\n\n${evaluator.report()}\n`);
    ran++;
  }
  if (ran === 0) {
    process.stderr.write(`eval: no corpus files (${CORPORA.map(([f]) => f).join(', ')}) in ${dir}\n`);
    return 2;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
