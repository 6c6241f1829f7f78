import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { sentRequests } from '../sites';
import type { SiteSpec } from './site-table';

interface FixtureState {
  __sent: string[];
  __sendLatency: number[];
  __uploads: { name: string; text: string; via: 'input' | 'drop' }[];
  __spaNavigate: (path: string) => void;
}

/** One fixture site in a tab, driven with real key events, clicks, clipboard and file chooser. */
export class SitePage {
  constructor(
    readonly page: Page,
    readonly site: SiteSpec,
  ) {}

  static async open(context: BrowserContext, site: SiteSpec, path = '/', origin = site.origin): Promise<SitePage> {
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    const sitePage = new SitePage(page, site);
    await sitePage.composer.waitFor();
    return sitePage;
  }

  get composer() {
    return this.page.locator(this.site.composer);
  }

  async type(text: string): Promise<void> {
    await this.composer.click();
    await this.page.keyboard.type(text);
  }

  async submit(by: 'enter' | 'click' = this.site.submitBy): Promise<void> {
    if (by === 'enter') await this.page.keyboard.press('Enter');
    else await this.page.locator(this.site.send).click();
  }

  /** Pastes through the real clipboard: writes it, then Ctrl+V in the composer. */
  async paste(text: string): Promise<void> {
    await this.composer.click();
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await this.page.keyboard.press('Control+V');
  }

  async upload(name: string, mimeType: string, content: string): Promise<void> {
    await this.page.locator(this.site.fileInput).setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  }

  /**
   * Drags a file from disk onto the composer through the browser's own drag pipeline (DevTools
   * `Input.dispatchDragEvent` with a file path): the page gets trusted dragenter, dragover and
   * drop events whose DataTransfer holds a real File, as when a user drops one from the desktop.
   */
  async dropFile(name: string, content: string): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'sightline-drop-'));
    const path = join(dir, name);
    writeFileSync(path, content);
    try {
      const box = await this.composer.boundingBox();
      if (!box) throw new Error('the composer is not visible');
      const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      const cdp = await this.page.context().newCDPSession(this.page);
      const data = { items: [], files: [path], dragOperationsMask: 1 };
      for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
      await cdp.detach();
    } finally {
      // The page reads the file asynchronously after the drop; give it its bytes first.
      setTimeout(() => rmSync(dir, { recursive: true, force: true }), 10_000).unref();
    }
  }

  /** Prompts the page's own send handler received. */
  sentByHandler(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as FixtureState).__sent);
  }

  sendLatencies(): Promise<number[]> {
    return this.page.evaluate(() => (window as unknown as FixtureState).__sendLatency);
  }

  /** Files the page's own handler received (through its file input unless `via` says otherwise). */
  uploads(via: 'input' | 'drop' = 'input'): Promise<{ name: string; text: string }[]> {
    return this.page.evaluate(
      (v) => (window as unknown as FixtureState).__uploads.filter((u) => u.via === v).map(({ name, text }) => ({ name, text })),
      via,
    );
  }

  /** Prompts that actually left the page: decoded from the request bodies sent to the site's API. */
  sentOnWire(): string[] {
    return sentRequests(this.page.context())
      .filter((r) => r.page === this.page && r.path === this.site.apiPath)
      .map((r) => this.site.promptOf(r.body));
  }

  composerText(): Promise<string> {
    return this.composer.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
  }

  /** Characters in the composer, without a layout (`innerText` would force one on 200 KB). */
  composerLength(): Promise<number> {
    return this.composer.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '')).length);
  }

  spaNavigate(path: string): Promise<void> {
    return this.page.evaluate((p) => (window as unknown as FixtureState).__spaNavigate(p), path);
  }
}
