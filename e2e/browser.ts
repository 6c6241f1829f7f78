/**
 * Finds the Chromium that e2e tests and `npm start` drive. Playwright must never download a
 * browser here; Debian's Chromium is used, and Google Chrome 137+ is refused because it ignores
 * `--load-extension`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags without which Chromium stalls on a closed network (see README, "Testing"). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
] as const;

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}: run "apt-get install chromium" or set CHROMIUM_PATH.`);
  }
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' });
  if (/Google Chrome/i.test(version)) {
    throw new Error(
      `${path} is Google Chrome (${version.trim()}), which ignores --load-extension since version 137; use Chromium.`,
    );
  }
  return path;
}

export function extensionArgs(extensionDir: string): string[] {
  return [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}
