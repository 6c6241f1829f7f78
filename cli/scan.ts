/**
 * `npm run --silent scan -- --jsonl <path|->` and `npm run scan -- <file|->`. Thin wiring: argument
 * parsing, streaming, and output live in cli/scan/; the logic is the shared engine.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { createScanner } from '../shared/engine';
import { registry } from '../shared/detectors/registry';
import { fastRegistry } from '../shared/detectors/fast-registry';
import { parseScanArgs } from './scan/args';
import { scanJsonlLine } from './scan/jsonl';
import { formatTable } from './scan/table';

async function write(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}

async function main(): Promise<number> {
  const args = parseScanArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  const scan = createScanner(args.fast ? fastRegistry : registry);
  const stream = args.input === '-' ? process.stdin : createReadStream(args.input, 'utf8');
  stream.on('error', (error: Error) => {
    process.stderr.write(`scan: ${error.message}\n`);
    process.exit(2);
  });

  if (args.mode === 'jsonl') {
    // Line by line: a multi-GB corpus or an endless pipe never sits in memory at once.
    for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
      if (line.trim().length === 0) continue;
      await write(JSON.stringify(scanJsonlLine(line, scan, args.options)));
    }
    return 0;
  }
  const text = args.input === '-' ? readFileSync(0, 'utf8') : readFileSync(args.input, 'utf8');
  const result = scan(text, args.options);
  await write(formatTable(args.input === '-' ? 'stdin' : args.input, text, result));
  return result.flagged ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`scan: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
