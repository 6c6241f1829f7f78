/**
 * Text of a rich-text composer as the user sees it: block elements (paragraphs, divs, list
 * items) and `<br>` become line breaks. `innerText` would do this but forces a layout, and is
 * unavailable for detached nodes in tests.
 *
 * The walk keeps its own stack so it can stop at a deadline and resume in a later task: a 200 KB
 * composer (~2,400 paragraphs) takes 2–15 ms in one piece on a busy machine, more than a
 * background read should hold the main thread (see `readInSlices`).
 */
import { timed } from '../capture/test-timings';

const BLOCK = new Set(['P', 'DIV', 'LI', 'PRE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Nodes visited between two looks at the clock. */
const CLOCK_EVERY = 64;

interface Frame {
  next: ChildNode | null;
  /** A block element: closes its line when its children are done. */
  readonly block: boolean;
}

interface Walk {
  readonly lines: string[];
  current: string;
  readonly stack: Frame[];
}

const start = (root: Element): Walk => ({ lines: [], current: '', stack: [{ next: root.firstChild, block: false }] });

/** Walks until done (true) or until `deadline` (performance.now() time) has passed (false). */
function advance(walk: Walk, deadline: number): boolean {
  for (let visited = 1; walk.stack.length > 0; visited++) {
    if (visited % CLOCK_EVERY === 0 && performance.now() > deadline) return false;
    const frame = walk.stack[walk.stack.length - 1]!;
    const child = frame.next;
    if (!child) {
      walk.stack.pop();
      if (frame.block) endLine(walk);
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === 3) {
      if (!isLayoutWhitespace(child)) walk.current += child.nodeValue ?? '';
    } else if (child instanceof Element) {
      if (child.tagName === 'BR') {
        // A <br> that ends its block only holds an empty line open (ProseMirror's
        // `ProseMirror-trailingBreak`, Quill's and Lexical's `<p><br></p>`): no extra line.
        if (!isTrailingBreak(child)) walk.current += '\n';
        continue;
      }
      const block = BLOCK.has(child.tagName);
      if (block && walk.current !== '') endLine(walk);
      walk.stack.push({ next: child.firstChild, block });
    }
  }
  return true;
}

/** Each slice is timed apart in test builds (the e2e perf suite reports the longest). */
const advanceSlice = timed('read-slice', advance);

function endLine(walk: Walk): void {
  walk.lines.push(walk.current);
  walk.current = '';
}

function finish(walk: Walk): string {
  if (walk.current !== '') walk.lines.push(walk.current);
  return walk.lines.join('\n').replace(/\u00a0/g, ' ');
}

export function contentEditableText(root: Element): string {
  const walk = start(root);
  advance(walk, Infinity);
  return finish(walk);
}

/**
 * The same text, read in slices of at most about `sliceMs`, each in its own task. Resolves null
 * when `stale()` turns true between slices (the composer changed: the caller reads again later).
 */
export async function readInSlices(root: Element, sliceMs: number, stale: () => boolean): Promise<string | null> {
  const walk = start(root);
  while (!advanceSlice(walk, performance.now() + sliceMs)) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (stale()) return null;
  }
  return finish(walk);
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
