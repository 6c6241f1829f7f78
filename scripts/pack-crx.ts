/**
 * `npm run pack:crx`: signs `.output/chrome-mv3` as a CRX3 for self-hosted force-install, and
 * writes the update manifest that ExtensionSettings' `update_url` points at.
 *
 *   SIGHTLINE_CRX_KEY / SIGHTLINE_CRX_KEY_FILE  the private key (PEM contents / path); required
 *   SIGHTLINE_UPDATE_URL  https base URL where the CRX and updates.xml will be served; without it
 *                         only the CRX is written
 */
import { createPublicKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extensionIdFromPublicKey, packCrx3, verifyCrx3 } from './crx/crx3';
import { loadSigningKey, SigningKeyError } from './crx/signing-key';
import { hostedUrl, renderUpdateManifest } from './crx/update-manifest';
import { createZip, readTree } from './crx/zip';

const root = resolve(import.meta.dirname, '..');
const buildDir = resolve(root, '.output/chrome-mv3');
const fail = (message: string): never => {
  console.error(`pack-crx: ${message}`);
  process.exit(1);
};

function main(): void {
  let manifest: { version: string; key?: string };
  try {
    manifest = JSON.parse(readFileSync(resolve(buildDir, 'manifest.json'), 'utf8')) as typeof manifest;
  } catch {
    return fail(`no build at ${buildDir}; run npx wxt build -b chrome --mv3 first`);
  }
  let key;
  try {
    key = loadSigningKey(process.env);
  } catch (error) {
    if (error instanceof SigningKeyError) return fail(error.message);
    throw error;
  }
  const signerId = extensionIdFromPublicKey(createPublicKey(key).export({ type: 'spki', format: 'der' }));
  const manifestId = manifest.key ? extensionIdFromPublicKey(Buffer.from(manifest.key, 'base64')) : undefined;
  if (signerId !== manifestId) {
    fail(`the signing key gives extension ID ${signerId}, but the manifest pins ${manifestId ?? '(no key)'}; use Sightline's signing key`);
  }

  const crx = packCrx3(createZip(readTree(buildDir)), key);
  verifyCrx3(crx);
  const crxName = `sightline-${manifest.version}.crx`;
  writeFileSync(resolve(root, '.output', crxName), crx);
  console.log(`pack-crx: wrote .output/${crxName} (${crx.length} bytes, extension ID ${signerId})`);

  const baseUrl = process.env.SIGHTLINE_UPDATE_URL;
  if (!baseUrl) {
    console.log('pack-crx: SIGHTLINE_UPDATE_URL is not set, so no updates.xml was written.');
    return;
  }
  let codebase: string;
  try {
    codebase = hostedUrl(baseUrl, crxName);
  } catch (error) {
    return fail((error as Error).message);
  }
  writeFileSync(resolve(root, '.output/updates.xml'), renderUpdateManifest({ extensionId: signerId, version: manifest.version, codebase }));
  console.log(`pack-crx: wrote .output/updates.xml; serve both at ${baseUrl} and set update_url to ${hostedUrl(baseUrl, 'updates.xml')}`);
}

main();
