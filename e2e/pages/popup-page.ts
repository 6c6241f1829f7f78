import type { Page } from '@playwright/test';

export class PopupPage {
  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`chrome-extension://${this.extensionId}/popup.html`);
  }

  get events() {
    return this.page.getByTestId('event');
  }

  get hostAccessNotice() {
    return this.page.getByTestId('host-access-notice');
  }
}
