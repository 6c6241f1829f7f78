/**
 * The in-page dialog: warn (Edit / Redact and send / Send anyway) and block (why, and the policy
 * link). Built as its own script (entrypoints/content-ui.ts) that the content script has injected
 * when a dialog is first needed (an orphaned script shows its own small notice instead). It lives
 * in a closed shadow root attached to <html>, so the page can neither style nor script it and SPA
 * re-renders of <body> cannot remove it. Keyboard:
 * focus moves in and is trapped, Escape chooses Edit, focus returns where it was.
 */
import type { DialogChoice, DialogRequest, DialogResult } from './dialog-request';
import { DIALOG_CSS } from './dialog-styles';
import { trapFocus } from './focus-trap';
import { findingPreview, findingSummary } from './finding-preview';
import { STRINGS } from './strings';

const HOST_TAG = 'sightline-dialog';
let queue: Promise<unknown> = Promise.resolve();

/** Shows one dialog at a time; later requests wait for the earlier ones. */
export function showDialog(request: DialogRequest, doc: Document = document): Promise<DialogResult> {
  const next = queue.then(() => open(request, doc));
  queue = next.catch(() => undefined);
  return next;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, ...children: (Node | string)[]) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function open(request: DialogRequest, doc: Document): Promise<DialogResult> {
  return new Promise((resolve) => {
    const previous = doc.activeElement;
    const host = doc.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    const title = el(doc, 'h2', '');
    title.id = 'title';
    const body = el(doc, 'div', '');
    body.id = 'body';
    const actions = el(doc, 'div', 'actions');
    const dialog = el(doc, 'div', 'dialog', el(doc, 'div', 'brand', STRINGS.brand), title, body, actions);
    dialog.setAttribute('role', request.kind === 'warn' ? 'alertdialog' : 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'title');
    dialog.setAttribute('aria-describedby', 'body');
    root.append(el(doc, 'style', '', DIALOG_CSS), el(doc, 'div', 'backdrop', dialog));

    const finish = (result: DialogResult) => {
      host.remove();
      if (previous instanceof HTMLElement) previous.focus();
      resolve(result);
    };
    const button = (label: string, choice: DialogChoice, primary = false) => {
      const b = el(doc, 'button', primary ? 'primary' : '', label);
      b.type = 'button';
      b.addEventListener('click', () => finish({ choice, ...(justification ? { justification: justification.value.trim() } : {}) }));
      return b;
    };
    let justification: HTMLTextAreaElement | null = null;

    const intro = request.kind === 'warn' ? STRINGS.warnBody : STRINGS.blockBody;
    title.textContent = request.kind === 'warn' ? STRINGS.warnTitle[request.subject] : STRINGS.blockTitle[request.subject];
    body.append(el(doc, 'p', '', intro), findingSummary(doc, request.findings));
    if (request.text !== undefined) body.append(findingPreview(doc, request.text, request.findings));
    if (request.kind === 'block') {
      if (request.note) body.append(el(doc, 'p', 'note', STRINGS.notes[request.note]));
      if (request.noticeUrl) {
        const link = el(doc, 'a', '', STRINGS.policyLink);
        Object.assign(link, { href: request.noticeUrl, target: '_blank', rel: 'noopener noreferrer' });
        body.append(el(doc, 'p', '', link));
      }
      actions.append(button(STRINGS.close, 'edit', true));
    } else {
      const send = button(STRINGS.sendAnyway[request.subject], 'send-anyway');
      if (request.requireJustification) {
        const field = el(doc, 'textarea', '');
        field.id = 'justification';
        justification = field;
        const label = el(doc, 'label', '', STRINGS.justificationLabel);
        label.htmlFor = 'justification';
        body.append(label, field);
        send.disabled = true;
        field.addEventListener('input', () => (send.disabled = field.value.trim() === ''));
      }
      actions.append(button(STRINGS.edit, 'edit', true));
      if (request.canRedact) actions.append(button(STRINGS.redactAndSend[request.subject], 'redact'));
      actions.append(send);
    }

    // Keys typed in the dialog must not reach the page's shortcuts (they would see the host).
    for (const type of ['keydown', 'keyup', 'keypress', 'input', 'paste'] as const) {
      root.addEventListener(type, (event) => event.stopPropagation());
    }
    root.addEventListener('keydown', (event) => {
      if (!(event instanceof KeyboardEvent)) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        finish({ choice: 'edit' });
      } else trapFocus(root, dialog, event);
    });
    doc.documentElement.append(host);
    root.querySelector<HTMLElement>('.actions button.primary, .actions button')?.focus();
  });
}
