import type { Page } from '@playwright/test';

/** The ChatGPT fixture, driven with real key events and clicks. */
export class ChatGptPage {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(`https://chatgpt.com${path}`);
    await this.composer.waitFor();
  }

  get composer() {
    return this.page.locator('#prompt-textarea');
  }

  get sendButton() {
    return this.page.getByTestId('send-button');
  }

  async type(text: string): Promise<void> {
    await this.composer.click();
    await this.page.keyboard.type(text);
  }

  async submitWithEnter(): Promise<void> {
    await this.page.keyboard.press('Enter');
  }

  async submitWithClick(): Promise<void> {
    await this.sendButton.click();
  }

  /** Prompts the page's own send handler received. */
  sentPrompts(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);
  }
}
