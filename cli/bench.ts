/**
 * `npm run bench`: latency and throughput of the engine on the fixed benchmark set (bench/fixtures),
 * for five detector sets: the pattern layer of secrets, source code and confidential markers alone
 * (the set issue #3's speed targets name), the content script's tier (detectors that can fail
 * closed, no policy rules), the fast pattern tier (CLI `--fast`), the worker's submit-time verdict
 * set (full registry minus the NLP entity detectors) and the full registry (worker, CLI). Prints
 * medians, p99, CPU time and MB/s, what the engine itself costs, what each category adds to a 1 KB
 * prompt, and each detector's cost on a fresh input.
 * `--quick` for fewer repetitions, `--tier core|content|fast|verdict|full` for one set.
 */
import { registry } from '../shared/detectors/registry';
import { fastRegistry } from '../shared/detectors/fast-registry';
import { contentRegistry } from '../shared/detectors/content-registry';
import { codeDetectors } from '../shared/detectors/code';
import { confidentialDetectors } from '../shared/detectors/confidential';
import { secretDetectors } from '../shared/detectors/secret';
import { FULL_POLICY_RULES } from '../shared/engine/scanner';
import { verdictRegistry } from '../shared/nlp/verdict-registry';
import { makeMixedText, makePrompts } from './bench/fixtures';
import { benchTier } from './bench/tier';

const KB = 1024;
const quick = process.argv.includes('--quick');
const tierArg = process.argv.includes('--tier') ? process.argv[process.argv.indexOf('--tier') + 1] : undefined;
// One prompt set for every tier (built from every detector's vectors), so the tiers compare.
const texts = { prompts: makePrompts(Object.values(registry)), text100k: makeMixedText(100 * KB), text1m: makeMixedText(KB * KB) };

const tiers = [
  ['core', 'secrets, source code and confidential markers', { ...secretDetectors, ...codeDetectors, ...confidentialDetectors }, FULL_POLICY_RULES],
  ['content', 'content-script tier (fails closed on its own)', contentRegistry, {}],
  ['fast', 'fast pattern tier (CLI --fast)', fastRegistry, FULL_POLICY_RULES],
  ['verdict', 'submit-time verdict set (worker: full registry minus NLP entities)', verdictRegistry, FULL_POLICY_RULES],
  ['full', 'full registry (background, CLI)', registry, FULL_POLICY_RULES],
] as const;

for (const [id, name, detectors, rules] of tiers) {
  if (tierArg === undefined || tierArg === id) benchTier(name, detectors, texts, { quick, rules });
}
