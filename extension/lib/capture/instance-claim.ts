/**
 * One live capture instance per page. The script may be injected twice (manifest injection
 * plus the worker's injection into tabs open at install), and an update leaves the old,
 * orphaned instance running. The newest live instance owns the page:
 *  - same isolated world: a marker on `window` tells a second live copy to stand down, and lets
 *    a new copy dispose of an orphaned one;
 *  - a different isolated world (not visible through `window`): the new instance writes its id
 *    on <html>, and an orphaned instance that sees another id stands down. A page can write
 *    that attribute too, but only an instance that is already orphaned ever reads it.
 */
const MARKER = Symbol.for('sightline.capture-instance');
const OWNER_ATTRIBUTE = 'data-sightline-owner';

interface Instance {
  readonly alive: () => boolean;
  readonly dispose: () => void;
}
type Marked = Window & { [MARKER]?: Instance };

export interface Claim {
  /** True when this (orphaned) instance has been replaced by a live one in another world. */
  readonly superseded: () => boolean;
}

export function claimWindow(win: Window, instance: Instance): Claim | null {
  const marked = win as Marked;
  const existing = marked[MARKER];
  if (existing?.alive()) return null;
  existing?.dispose();
  marked[MARKER] = instance;
  const id = Math.random().toString(36).slice(2);
  const root = win.document.documentElement;
  root.setAttribute(OWNER_ATTRIBUTE, id);
  return {
    superseded: () => {
      const owner = win.document.documentElement.getAttribute(OWNER_ATTRIBUTE);
      return owner !== null && owner !== id;
    },
  };
}
