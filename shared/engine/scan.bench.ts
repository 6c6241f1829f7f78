import { bench, describe } from 'vitest';
import { createScanner, createScannerWith } from './scanner';
import { contentRegistry } from '../detectors/content-registry';
import { fastRegistry } from '../detectors/fast-registry';
import { makeMixedText, makePrompts } from '../../cli/bench/fixtures';

/** vitest-bench view of the same fixtures `npm run bench` (cli/bench.ts) reports in full. */
const tiers = {
  'content tier': createScannerWith(contentRegistry, {}),
  'fast tier': createScanner(fastRegistry),
};
const prompts = makePrompts(Object.values(fastRegistry), 100);
const text100k = makeMixedText(100 * 1024);

for (const [name, scan] of Object.entries(tiers)) {
  describe(`scan (${name})`, () => {
    bench('100 prompts × 1 KB', () => {
      for (const p of prompts) scan(p);
    });
    bench('100 KB mixed prose+code', () => {
      scan(text100k);
    });
  });
}
