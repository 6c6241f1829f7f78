/**
 * `npm run deploy:generate`: writes every file in deploy/ from deploy/sightline.deploy.json (the
 * example policy and the URLs Sightline is served from). An organisation edits that one file and
 * regenerates; `scripts/deploy-files.test.ts` fails when the committed files drift from it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Deployment } from '../deploy/render/deployment';
import {
  checkDeployment,
  firefoxPolicies,
  googleAdminExtensionPolicy,
  linuxChromePolicies,
  prettyJson,
} from '../deploy/render/deployment';
import { renderMobileconfig } from '../deploy/render/macos-plist';
import { renderReg } from '../deploy/render/windows-reg';

export const DEPLOY_DIR = resolve(import.meta.dirname, '../deploy');
export const DEPLOYMENT_INPUT = resolve(DEPLOY_DIR, 'sightline.deploy.json');

/** Generated file (relative to deploy/) → how it is rendered. */
export const DEPLOY_FILES: Record<string, (deployment: Deployment) => string> = {
  'linux/chromium/sightline.json': (d) => prettyJson(linuxChromePolicies(d)),
  'linux/chrome/sightline.json': (d) => prettyJson(linuxChromePolicies(d)),
  'windows/sightline-chrome.reg': (d) => renderReg('chrome', d),
  'windows/sightline-edge.reg': (d) => renderReg('edge', d),
  'macos/sightline-chrome.mobileconfig': (d) => renderMobileconfig('chrome', d),
  'macos/sightline-edge.mobileconfig': (d) => renderMobileconfig('edge', d),
  'firefox/policies.json': (d) => prettyJson(firefoxPolicies(d)),
  'google-admin/policy-for-extensions.json': (d) => prettyJson(googleAdminExtensionPolicy(d)),
};

export function loadDeployment(path = DEPLOYMENT_INPUT): Deployment {
  return checkDeployment(JSON.parse(readFileSync(path, 'utf8')));
}

if (process.argv[1] === import.meta.filename) {
  let deployment: Deployment;
  try {
    deployment = loadDeployment();
  } catch (error) {
    console.error(`deploy:generate: ${(error as Error).message}`);
    process.exit(1);
  }
  for (const [file, render] of Object.entries(DEPLOY_FILES)) {
    const path = resolve(DEPLOY_DIR, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, render(deployment));
  }
  console.log(`deploy:generate: wrote ${Object.keys(DEPLOY_FILES).length} files in deploy/.`);
}
