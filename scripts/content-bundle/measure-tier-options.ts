/**
 * What a content script would weigh with a smaller page tier: measured, never shipped. Each option
 * is a rule for leaving detectors to the worker alone, and the lead decides which (if any) the
 * product takes (issue #8); the tier itself stays as content-tier.ts derives it.
 *
 * Usage: `tsx scripts/content-bundle/measure-tier-options.ts [chatgpt.content.ts]`. Each option is
 * bundled exactly as bundle.ts does, with content-registry.generated.ts swapped for the module
 * generate-content-registry.ts would write for the smaller list.
 */
import type { Plugin } from 'esbuild';
import { join } from 'node:path';
import { WXT_RUNTIME_BYTES, budgetReport } from './budget';
import { ENTRYPOINTS, bundleContentScript } from './bundle';
import { contentTierIds, generateContentRegistry, GENERATED_PATH } from './generate-content-registry';

// Option (a), the detectors whose high findings need a cue word, was taken: content-tier.ts
// excludes them, so the shipped tier below is already without them.
/**
 * National identifiers validated by layout or ranges only, without a check digit (their `validation`).
 * Option (b) was weighed and not taken (2026-11-28): its premise, that these are the noisiest part
 * of the tier, is not what the evaluation corpora show. On the 2,807 benign prompts no tier detector
 * reports high at all; on the PII corpus these five report high on 26 rows, 23 of them a labelled
 * value of their own kind (SSN 8, Korean RRN/FRN 8, NINO 4, ITIN 2, PAN 1; the other 3 are RRN-shaped
 * values labelled negative), and those 26 are a tenth of the rows on which the page would fail
 * closed. They stay, at ~2.7 KB of the budget.
 */
const NO_CHECKSUM_IDS = ['pii.us_ssn', 'pii.us_itin', 'pii.uk_nino', 'pii.kr_rrn', 'pii.in_pan'];

interface TierOption {
  readonly name: string;
  readonly without: readonly string[];
}

const tier = contentTierIds();
const OPTIONS: readonly TierOption[] = [
  { name: 'shipped tier', without: [] },
  { name: '(b) without national IDs without a checksum', without: NO_CHECKSUM_IDS },
  // The page would stop only credentials with a self-validating format during a worker stall.
  { name: '(c) no PII or confidential markers at all', without: tier.filter((id) => !id.startsWith('secret.')) },
];

function registryPlugin(source: string): Plugin {
  return {
    name: 'sightline:tier-option',
    setup(build) {
      build.onLoad({ filter: /content-registry\.generated\.ts$/ }, (args) => (args.path === GENERATED_PATH ? { contents: source, loader: 'ts' } : undefined));
    },
  };
}

const file = process.argv[2] ?? 'chatgpt.content.ts';
for (const option of OPTIONS) {
  const unknown = option.without.filter((id) => !tier.includes(id));
  if (unknown.length > 0) throw new Error(`${option.name}: not in the tier: ${unknown.join(', ')}`);
  const ids = tier.filter((id) => !option.without.includes(id));
  const { bytes } = await bundleContentScript(join(ENTRYPOINTS, file), { plugins: [registryPlugin(await generateContentRegistry(ids))] });
  const listed = option.without.length > 12 ? `${option.without.slice(0, 12).join(', ')} … (${option.without.length})` : option.without.join(', ');
  console.log(`${budgetReport(`${option.name} (${ids.length} detectors)`, bytes + WXT_RUNTIME_BYTES)}${option.without.length ? `\n    without ${listed}` : ''}`);
}
