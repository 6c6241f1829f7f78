/**
 * The notice the content script shows by itself when the dialog cannot be had: the extension was
 * updated under this script (no worker to ask), or the dialog did not load in time. One message,
 * Reload / Dismiss, Escape dismisses. As small as it can be while accessible: a closed shadow
 * root (the page can neither style nor script it), an alertdialog that takes focus, keeps Tab on
 * its two buttons and gives focus back.
 */
import { NOTICE_STRINGS, type NoticeKind } from './notice-strings';

export type NoticeChoice = 'reload' | 'dismissed';

/** Plain on purpose: every byte here is paid by every page load (issue #8). */
const CSS =
  ':host{all:initial;position:fixed;z-index:2147483647;top:16px;left:16px;right:16px;margin:auto;max-width:30em}' +
  'div{padding:4px 16px 16px;background:#fff;color:#000;border:2px solid #1f4fd1;border-radius:8px;font:14px/1.45 system-ui,sans-serif}button{font:inherit;margin-right:8px}';

export function showFallbackNotice(kind: NoticeKind, doc: Document = document): Promise<NoticeChoice> {
  return new Promise((resolve) => {
    const previous = doc.activeElement;
    const host = doc.createElement('sightline-notice');
    const root = host.attachShadow({ mode: 'closed' });
    const box = doc.createElement('div');
    const message = doc.createElement('p');
    message.id = 'm';
    message.textContent = NOTICE_STRINGS[kind];
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-modal', 'true');
    box.setAttribute('aria-describedby', 'm');
    box.setAttribute('aria-label', 'Sightline');
    const finish = (choice: NoticeChoice) => {
      host.remove();
      if (previous instanceof HTMLElement) previous.focus();
      resolve(choice);
    };
    const buttons = (['reload', 'dismissed'] as const).map((choice) => {
      const b = doc.createElement('button');
      b.textContent = choice === 'reload' ? NOTICE_STRINGS.reload : NOTICE_STRINGS.dismiss;
      b.addEventListener('click', () => finish(choice));
      return b;
    });
    box.append(message, ...buttons);
    const style = doc.createElement('style');
    style.textContent = CSS;
    root.append(style, box);
    // Keys pressed in the notice must not reach the page's shortcuts.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) root.addEventListener(type, (event) => event.stopPropagation());
    root.addEventListener('keydown', (event) => {
      const { key } = event as KeyboardEvent;
      if (key !== 'Escape' && key !== 'Tab') return;
      event.preventDefault();
      // Two buttons: Tab and Shift+Tab both move to the other one.
      if (key === 'Tab') buttons[root.activeElement === buttons[0] ? 1 : 0]!.focus();
      else finish('dismissed');
    });
    doc.documentElement.append(host);
    // Reload is what an orphaned page needs; after a failed load the user's text matters more.
    buttons[kind === 'orphaned' ? 0 : 1]!.focus();
  });
}
