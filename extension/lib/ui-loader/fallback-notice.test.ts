// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { InPageUi } from '../ui/dialog-request';
import { showFallbackNotice } from './fallback-notice';
import { NOTICE_STRINGS } from './notice-strings';
import { createPageUi } from './page-ui';

/** The notice's closed shadow root, caught as it is attached (the page cannot reach it). */
function captureRoot(): () => ShadowRoot {
  let root: ShadowRoot | undefined;
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    return (root = attach.call(this, init));
  });
  return () => root!;
}
const key = (root: ShadowRoot, k: string, shiftKey = false) =>
  root.querySelector('[role]')!.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, composed: true, cancelable: true }));
const focusedLabel = (root: ShadowRoot) => (root.activeElement as HTMLElement | null)?.textContent;

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.querySelectorAll('sightline-notice').forEach((n) => n.remove());
});

describe('fallback notice', () => {
  test.each([
    ['orphaned', NOTICE_STRINGS.reload],
    ['unavailable', NOTICE_STRINGS.dismiss],
  ] as const)('%s: an alertdialog with one message that takes focus on %s', (kind, first) => {
    const root = captureRoot();
    void showFallbackNotice(kind);
    const box = root().querySelector('[role]')!;
    expect(box.getAttribute('role')).toBe('alertdialog');
    expect(root().getElementById(box.getAttribute('aria-describedby')!)!.textContent).toBe(NOTICE_STRINGS[kind]);
    expect(focusedLabel(root())).toBe(first);
  });

  test('Tab and Shift+Tab stay on its two buttons; Escape dismisses and gives focus back', async () => {
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    const root = captureRoot();
    const choice = showFallbackNotice('orphaned');
    key(root(), 'Tab');
    expect(focusedLabel(root())).toBe(NOTICE_STRINGS.dismiss);
    key(root(), 'Tab');
    expect(focusedLabel(root())).toBe(NOTICE_STRINGS.reload);
    key(root(), 'Tab', true);
    expect(focusedLabel(root())).toBe(NOTICE_STRINGS.dismiss);
    const pageKeys = vi.fn();
    window.addEventListener('keydown', pageKeys);
    key(root(), 'Escape');
    expect(await choice).toBe('dismissed');
    expect(pageKeys).not.toHaveBeenCalled();
    expect(document.querySelector('sightline-notice')).toBeNull();
    expect(document.activeElement).toBe(input);
    window.removeEventListener('keydown', pageKeys);
  });

  test('Reload answers reload', async () => {
    const root = captureRoot();
    const choice = showFallbackNotice('orphaned');
    (root().activeElement as HTMLElement).click();
    expect(await choice).toBe('reload');
  });
});

describe('page UI', () => {
  const request = { kind: 'warn', subject: 'prompt', findings: [], canRedact: false, requireJustification: false } as const;

  test('shows the dialog when it loads', async () => {
    const ui: InPageUi = { showDialog: vi.fn(async () => ({ choice: 'send-anyway' as const })) };
    expect(await createPageUi(async () => ui).show(request)).toEqual({ choice: 'send-anyway' });
    expect(ui.showDialog).toHaveBeenCalledWith(request);
  });

  test('without the dialog, a warning shows the notice and counts as Edit, never as sent', async () => {
    const root = captureRoot();
    const result = createPageUi(async () => null).show(request);
    await vi.waitFor(() => expect(root().textContent).toContain(NOTICE_STRINGS.unavailable));
    key(root(), 'Escape');
    expect(await result).toEqual({ choice: 'edit' });
  });
});
