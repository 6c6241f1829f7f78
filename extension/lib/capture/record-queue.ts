/**
 * Records of captured prompts leave after the page's own handlers have run. Posting a message to
 * the worker serialises it and crosses into the browser process: 0.3 ms median and up to 4 ms
 * measured inside the keydown listener (issue #8), all of it added to a clean prompt's submit if
 * posted there. A microtask would not help: the browser runs microtasks as soon as a listener
 * returns, before the next listener (the page's). A task (`setTimeout` 0) runs after the whole
 * dispatch. `pagehide` flushes what is still queued, for a page that navigates away at once.
 */
export interface RecordQueue<T> {
  push(item: T): void;
  dispose(): void;
}

export function createRecordQueue<T>(win: Window, post: (item: T) => void): RecordQueue<T> {
  const queued: T[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const item of queued.splice(0)) post(item);
  };
  win.addEventListener('pagehide', flush);
  return {
    push(item) {
      queued.push(item);
      timer ??= setTimeout(flush, 0);
    },
    dispose() {
      flush();
      win.removeEventListener('pagehide', flush);
    },
  };
}
