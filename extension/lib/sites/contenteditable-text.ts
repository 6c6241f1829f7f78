/**
 * Text of a rich-text composer as the user sees it: block elements (paragraphs, divs, list
 * items) and `<br>` become line breaks. `innerText` would do this but forces a layout, and is
 * unavailable for detached nodes in tests.
 */
const BLOCK = new Set(['P', 'DIV', 'LI', 'PRE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function contentEditableText(root: Element): string {
  const lines: string[] = [];
  let current = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!isLayoutWhitespace(child)) current += child.nodeValue ?? '';
      } else if (child instanceof Element) {
        if (child.tagName === 'BR') {
          // A <br> that ends its block only holds an empty line open (ProseMirror's
          // `ProseMirror-trailingBreak`, Quill's and Lexical's `<p><br></p>`): no extra line.
          if (!isTrailingBreak(child)) current += '\n';
          continue;
        }
        const block = BLOCK.has(child.tagName);
        if (block && current !== '') {
          lines.push(current);
          current = '';
        }
        walk(child);
        if (block) {
          lines.push(current);
          current = '';
        }
      }
    }
  };
  walk(root);
  if (current !== '') lines.push(current);
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

function isTrailingBreak(br: Element): boolean {
  if (br.classList.contains('ProseMirror-trailingBreak')) return true;
  return br.nextSibling === null && isBlock(br.parentNode);
}

const isBlock = (node: Node | null): boolean => node instanceof Element && BLOCK.has(node.tagName);

/** Whitespace between block elements is markup formatting; browsers do not render it either. */
function isLayoutWhitespace(text: Node): boolean {
  return /^\s*$/.test(text.nodeValue ?? '') && (isBlock(text.previousSibling) || isBlock(text.nextSibling));
}
