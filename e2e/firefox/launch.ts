/**
 * Stock firefox-esr under puppeteer-core over WebDriver BiDi (Playwright cannot drive it), with a
 * throwaway profile and Sightline's Firefox build installed as a temporary add-on (a force-install
 * needs a signed .xpi, which CI does not have).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';

export const GECKO_ID = 'sightline@sightline.dev';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');

export interface LaunchedFirefox {
  readonly firefox: Browser;
  close(): Promise<void>;
}

/** `prefs` are added to Puppeteer's own; `args` to its command line. */
export async function launchWithSightline(prefs: Record<string, unknown> = {}, args: string[] = []): Promise<LaunchedFirefox> {
  const profile = mkdtempSync(join(tmpdir(), 'sightline-firefox-'));
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    userDataDir: profile,
    args,
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...prefs,
    },
  });
  const close = async () => {
    await firefox.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const id = await firefox.installExtension(ADDON_DIR);
    if (id !== GECKO_ID) throw new Error(`installed add-on has ID ${id}, expected ${GECKO_ID}`);
  } catch (error) {
    await close();
    throw error;
  }
  return { firefox, close };
}
