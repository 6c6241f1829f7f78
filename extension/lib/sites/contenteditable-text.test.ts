// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { contentEditableText, readInSlices } from './contenteditable-text';

function editor(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('contentEditableText', () => {
  test.each([
    ['<p>hello</p>', 'hello'],
    ['<p>one</p><p>two</p>', 'one\ntwo'],
    ['<p>one</p><p><br class="ProseMirror-trailingBreak"></p><p>three</p>', 'one\n\nthree'],
    ['<p>a<br>b</p>', 'a\nb'],
    ['<p>key: <strong>AKIA</strong>&nbsp;x</p>', 'key: AKIA x'],
    ['plain text', 'plain text'],
    ['', ''],
    ['\n  <p>one</p>\n  <p>two</p>\n', 'one\ntwo'],
    ['<p>a <em>b</em></p>', 'a b'],
    // Quill and Lexical keep an empty line open with a plain <br>.
    ['<p>one</p><p><br></p><p>two</p>', 'one\n\ntwo'],
    ['<p>hello</p><p><br></p>', 'hello\n'],
    ['<p><span data-lexical-text="true">a</span><br><span data-lexical-text="true">b</span></p>', 'a\nb'],
  ])('%s → %j', (html, text) => {
    expect(contentEditableText(editor(html))).toBe(text);
  });
});

describe('readInSlices', () => {
  // 600 paragraphs: well over one slice when every slice may last 0 ms.
  const big = editor(Array.from({ length: 600 }, (_, i) => `<p>line ${i} <strong>x</strong></p>`).join(''));

  test('reads the same text as the one-piece walk, a slice per task', async () => {
    let tasks = 0;
    const text = await readInSlices(big, 0, () => (tasks++, false));
    expect(text).toBe(contentEditableText(big));
    expect(tasks).toBeGreaterThan(1);
  });

  test('gives up (null) when the composer changed between slices', async () => {
    expect(await readInSlices(big, 0, () => true)).toBeNull();
  });
});
