// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { chatgpt } from '../sites/chatgpt';
import { installSubmitCapture, type SubmitListener } from './submit-capture';

let onSubmit: ReturnType<typeof vi.fn<SubmitListener>>;

beforeEach(() => {
  document.body.innerHTML = `
    <form>
      <div id="prompt-textarea" class="ProseMirror" contenteditable="true"><p>secret plans</p></div>
      <button data-testid="send-button" type="button"><svg><path></path></svg></button>
    </form>
    <textarea id="other"></textarea>`;
  onSubmit = vi.fn<SubmitListener>();
  // A fresh window object per test is not available in happy-dom; clear the install marker.
  delete (window as unknown as Record<symbol, unknown>)[Symbol.for('sightline.submit-capture')];
  installSubmitCapture(window, chatgpt, onSubmit);
});

const composer = () => document.querySelector('#prompt-textarea')!;
const press = (target: Element, init: KeyboardEventInit) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

describe('submit capture', () => {
  test('captures Enter in the composer', () => {
    press(composer(), { key: 'Enter' });
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('secret plans', 'enter');
  });

  test.each([
    ['Shift+Enter', { key: 'Enter', shiftKey: true }],
    ['IME composition', { key: 'Enter', isComposing: true }],
    ['IME process key', { key: 'Enter', keyCode: 229 }],
    ['another key', { key: 'a' }],
  ])('ignores %s', (_name, init) => {
    press(composer(), init);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('ignores Enter outside the composer', () => {
    press(document.querySelector('#other')!, { key: 'Enter' });
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('captures a click on the icon inside the send button', () => {
    document.querySelector('path')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('secret plans', 'send-button');
  });

  test('ignores a disabled send button', () => {
    const button = document.querySelector('button')!;
    button.setAttribute('aria-disabled', 'true');
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('ignores an empty composer', () => {
    composer().innerHTML = '<p><br class="ProseMirror-trailingBreak"></p>';
    press(composer(), { key: 'Enter' });
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('installs once per window', () => {
    expect(installSubmitCapture(window, chatgpt, onSubmit)).toBe(false);
    press(composer(), { key: 'Enter' });
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  test('captures a form submit', () => {
    document.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('secret plans', 'form-submit');
  });
});
