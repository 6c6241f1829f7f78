/**
 * Writing into chatbot composers through each editor's own input path. Editors keep a model
 * (ProseMirror state, Quill delta, Lexical editor state, React's textarea value) and revert or
 * ignore DOM edits that bypass it, so text goes in as the browser's own `insertText` or as a
 * paste, never as `innerHTML`.
 */
import { timed } from '../capture/test-timings';
import { bypassed } from './bypass';

/** How long an editor may take to reflect a write in its DOM (Lexical applies it a tick later). */
export const WRITE_SETTLE_MS = 500;
const POLL_MS = 10;

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (predicate()) return true;
    if (performance.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * The editor's own work on text Sightline hands it (its paste handler, `insertText`, a textarea's
 * value and `input` listeners). Timed apart in test builds: it is the editor's cost, and the e2e
 * perf suite reports it next to Sightline's own (README, "Capture and enforcement").
 */
const editorInsert = timed('editor-insert', <T>(insert: () => T): T => insert());

/** Dispatches a paste the editor handles like the user's own (editors read `clipboardData`). */
function pasteText(target: Element, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  editorInsert(() => bypassed(() => target.dispatchEvent(event)));
}

const execInsertText = (doc: Document, text: string) => editorInsert(() => doc.execCommand('insertText', false, text));

/**
 * Selects the whole composer and types `text` over it. Editors sync their selection from the
 * `selectionchange` event, which fires asynchronously, hence the tick before inserting.
 */
export async function replaceRichText(composer: Element, text: string, read: (c: Element) => string): Promise<boolean> {
  const selection = composer.ownerDocument.getSelection();
  if (!(composer instanceof HTMLElement) || !selection) return false;
  const selectAll = async () => {
    composer.focus();
    selection.selectAllChildren(composer);
    await tick();
  };
  await selectAll();
  // Deprecated but still the one API that goes through beforeinput/input like typing does.
  execInsertText(composer.ownerDocument, text);
  if (await waitFor(() => read(composer) === text, WRITE_SETTLE_MS)) return true;
  // Multi-line text: some editors split `insertText` newlines differently; a paste is parsed
  // by the editor's own clipboard handler into its paragraphs.
  await selectAll();
  pasteText(composer, text);
  return waitFor(() => read(composer) === text, WRITE_SETTLE_MS);
}

/**
 * Inserts at the caret of a rich-text composer through the editor's paste handler. Whether the
 * editor took it is judged on the native `textContent` (a 200 KB insert would make our own
 * line-aware walk cost milliseconds, right after the editor's long task).
 */
export async function insertRichText(composer: Element, text: string): Promise<boolean> {
  const before = composer.textContent;
  const changed = () => composer.textContent !== before;
  pasteText(composer, text);
  if (await waitFor(changed, WRITE_SETTLE_MS)) return true;
  execInsertText(composer.ownerDocument, text);
  return waitFor(changed, WRITE_SETTLE_MS);
}

/**
 * React keeps its own copy of a textarea's value and drops an `input` event whose value it
 * already knows; the prototype's setter writes the DOM value underneath it, so the event counts.
 */
function setTextareaValue(textarea: HTMLTextAreaElement, value: string): void {
  const nativeValueSetter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  editorInsert(() => {
    if (nativeValueSetter) nativeValueSetter.call(textarea, value);
    else textarea.value = value;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function replaceTextarea(composer: Element, text: string): Promise<boolean> {
  if (!(composer instanceof HTMLTextAreaElement)) return false;
  setTextareaValue(composer, text);
  return waitFor(() => composer.value === text, WRITE_SETTLE_MS);
}

export async function insertTextarea(composer: Element, text: string): Promise<boolean> {
  if (!(composer instanceof HTMLTextAreaElement)) return false;
  const { selectionStart, selectionEnd, value } = composer;
  setTextareaValue(composer, value.slice(0, selectionStart) + text + value.slice(selectionEnd));
  composer.setSelectionRange(selectionStart + text.length, selectionStart + text.length);
  return true;
}
