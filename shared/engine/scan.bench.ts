import { bench, describe } from 'vitest';
import { createScanner } from './scanner';
import { fastRegistry } from '../detectors/fast-registry';
import { makeMixedText, makePrompts } from '../../cli/bench/fixtures';

/** vitest-bench view of the same fixtures `npm run bench` (cli/bench.ts) reports in full. */
const scan = createScanner(fastRegistry);
const prompts = makePrompts(Object.values(fastRegistry), 100);
const text100k = makeMixedText(100 * 1024);

describe('scan (fast tier)', () => {
  bench('100 prompts × 1 KB', () => {
    for (const p of prompts) scan(p);
  });
  bench('100 KB mixed prose+code', () => {
    scan(text100k);
  });
});
