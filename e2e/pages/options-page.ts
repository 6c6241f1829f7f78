import type { Page } from '@playwright/test';

interface PolicyReply {
  ok: boolean;
  value?: { values: Record<string, unknown>; sources: Record<string, string>; issues: { key: string; message: string }[]; managed: boolean };
  error?: string;
}

export class OptionsPage {
  constructor(
    readonly page: Page,
    private readonly extensionId: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`chrome-extension://${this.extensionId}/options.html`);
    await this.page.getByTestId('policy-row-mode').waitFor();
  }

  row(key: string) {
    return this.page.getByTestId(`policy-row-${key}`);
  }

  input(key: string) {
    return this.page.locator(`[name="${key}"]`);
  }

  get issues() {
    return this.page.getByTestId('policy-issues');
  }

  /** The effective policy through the typed message, as any extension page reads it. */
  async effectivePolicy(): Promise<NonNullable<PolicyReply['value']>> {
    const reply = await this.page.evaluate(() => {
      const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<PolicyReply> } } }).chrome;
      return runtime.sendMessage({ type: 'policy/effective', payload: {} });
    });
    if (!reply.ok || !reply.value) throw new Error(reply.error ?? 'no policy');
    return reply.value;
  }
}
