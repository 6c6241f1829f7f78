import type { BrowserContext, Page } from '@playwright/test';
import { sentRequests } from '../sites';
import type { SiteSpec } from './site-table';

interface FixtureState {
  __sent: string[];
  __sendLatency: number[];
  __uploads: { name: string; text: string }[];
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

  /** Prompts the page's own send handler received. */
  sentByHandler(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as FixtureState).__sent);
  }

  sendLatencies(): Promise<number[]> {
    return this.page.evaluate(() => (window as unknown as FixtureState).__sendLatency);
  }

  uploads(): Promise<{ name: string; text: string }[]> {
    return this.page.evaluate(() => (window as unknown as FixtureState).__uploads.map(({ name, text }) => ({ name, text })));
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

  spaNavigate(path: string): Promise<void> {
    return this.page.evaluate((p) => (window as unknown as FixtureState).__spaNavigate(p), path);
  }
}
