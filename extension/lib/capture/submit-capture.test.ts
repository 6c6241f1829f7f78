// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { chatgpt } from '../sites/chatgpt';
import { bypassed } from '../sites/bypass';
import { installSubmitCapture, type SubmitListener } from './submit-capture';

let onSubmit: ReturnType<typeof vi.fn<SubmitListener>>;
let uninstall: () => void = () => undefined;

beforeEach(() => {
  document.body.innerHTML = `
    <form>
      <div id="prompt-textarea" class="ProseMirror" contenteditable="true"><p>secret plans</p></div>
      <button data-testid="send-button" type="button"><svg><path></path></svg></button>
    </form>
    <textarea id="other"></textarea>`;
  onSubmit = vi.fn<SubmitListener>(() => 'pass');
  uninstall();
  uninstall = installSubmitCapture(window, chatgpt, onSubmit);
});

const composer = () => document.querySelector('#prompt-textarea')!;
const press = (target: Element, init: KeyboardEventInit) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

describe('submit capture', () => {
  test('captures Enter in the composer', () => {
    press(composer(), { key: 'Enter' });
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith(composer(), 'secret plans', 'enter');
  });

  test.each([
    ['pass', false],
    ['hold', true],
  ] as const)('a %s decision leaves the event cancelled: %s', (decision, cancelled) => {
    onSubmit.mockReturnValue(decision);
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    const pageHandler = vi.fn();
    composer().addEventListener('keydown', pageHandler);
    composer().dispatchEvent(event);
    expect(event.defaultPrevented).toBe(cancelled);
    expect(pageHandler).toHaveBeenCalledTimes(cancelled ? 0 : 1);
  });

  test('lets its own re-sent click through untouched', () => {
    bypassed(() => document.querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(onSubmit).not.toHaveBeenCalled();
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
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith(composer(), 'secret plans', 'send-button');
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

  test('uninstalls cleanly', () => {
    uninstall();
    press(composer(), { key: 'Enter' });
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('captures a form submit', () => {
    document.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith(composer(), 'secret plans', 'form-submit');
  });
});
