/**
 * Writes a managed policy for the extension where Chromium on Linux reads it, as an admin's
 * deployment would. Root only; every test that writes one must remove it (also on failure),
 * and such tests cannot run in parallel with any other browser test.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXTENSION_ID = 'effnopkjhigkkkjldpkandbkbgmpmgpg';
export const POLICY_DIR = process.env.SIGHTLINE_POLICY_DIR ?? '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'sightline-e2e.json');

export const canWritePolicy = (): boolean => process.getuid?.() === 0;

export function writeManagedPolicy(policy: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }, null, 2));
}

export function removeManagedPolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}
