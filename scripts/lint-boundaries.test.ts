import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', () => {
  test.each([
    ['shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n", 'no-restricted-imports'],
    ['shared/x.ts', "import { browser } from 'wxt/browser';\nexport const a = browser;\n", 'no-restricted-imports'],
    ['shared/x.ts', "import { POPUP_STRINGS } from '../extension/lib/popup/strings';\nexport const a = POPUP_STRINGS;\n", 'no-restricted-imports'],
    ['shared/x.ts', 'export const a = () => window.location.href;\n', 'no-restricted-globals'],
    ['shared/x.ts', 'export const a = () => chrome.runtime.id;\n', 'no-restricted-globals'],
    ['extension/lib/x.ts', "import bg from '../entrypoints/background';\nexport const a = bg;\n", 'no-restricted-imports'],
    ['extension/lib/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n", 'no-restricted-imports'],
    ['server/x.ts', "import { sendMessage } from '../extension/lib/messaging/send';\nexport const a = sendMessage;\n", 'no-restricted-imports'],
    ['extension/lib/x.ts', "import { detectorVectors } from '../../shared/detectors/vectors';\nexport const a = detectorVectors;\n", 'no-restricted-imports'],
    ['extension/lib/x.ts', "import { vectors } from '../../shared/detectors/secret/rules/stripe.vectors';\nexport const a = vectors;\n", 'no-restricted-imports'],
    ['shared/detectors/registry.ts', "import { detectorVectors } from './vectors';\nexport const a = detectorVectors;\n", 'no-restricted-imports'],
    ['shared/detectors/secret/rules/x.ts', "import { vectors } from './stripe.vectors';\nexport const a = vectors;\n", 'no-restricted-imports'],
  ])('%s: %j is refused', async (file, code, rule) => {
    expect(await ruleIds(file, code)).toContain(rule);
  });

  test.each([
    ['shared/x.ts', "import type { Finding } from './engine/types';\nexport const f = (x: Finding) => x.type;\n"],
    ['extension/lib/x.ts', "import { KNOWN_SITES } from '../../shared/sites/known-sites';\nexport const a = KNOWN_SITES;\n"],
    ['shared/detectors/vectors.ts', "import { vectors } from './secret/rules/stripe.vectors';\nexport const a = vectors;\n"],
    ['shared/detectors/x.test.ts', "import { detectorVectors } from './vectors';\nexport const a = detectorVectors;\n"],
    ['cli/bench/x.ts', "import { detectorVectors } from '../../shared/detectors/vectors';\nexport const a = detectorVectors;\n"],
  ])('%s: allowed import passes', async (file, code) => {
    expect(await ruleIds(file, code)).toEqual([]);
  });
});
