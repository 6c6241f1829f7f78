/**
 * Test builds only: how long Sightline's own handlers take, so the e2e suite can print the
 * keystroke and submit costs next to their targets. Shipped builds compile this to nothing.
 * The page-side test asks with a `sightline-test:timings` event and reads the answer from an
 * attribute on <html> (DOM is shared between the page and the content script's world).
 */
declare const __SIGHTLINE_TEST_HOOKS__: boolean;

const timings = new Map<string, number[]>();
let listening = false;

type Timed = <A extends unknown[], R>(name: string, fn: (...args: A) => R) => (...args: A) => R;

/**
 * Chosen at module level, so that shipped builds, where the flag is the constant `false`, drop the
 * recorder below with it (a test inside the function left it in every content script).
 */
export const timed: Timed = __SIGHTLINE_TEST_HOOKS__ ? (name, fn) => timedForTests(name, fn) : (_name, fn) => fn;

/** `timed` for work that finishes later: records when the promise settles (the dialog's load). */
export const timedAsync: Timed = __SIGHTLINE_TEST_HOOKS__
  ? (name, fn) =>
      (...args) => {
        const start = performance.now();
        const result = fn(...args);
        void Promise.resolve(result).finally(() => record(name, performance.now() - start));
        return result;
      }
  : (_name, fn) => fn;

function timedForTests<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    const start = performance.now();
    try {
      return fn(...args);
    } finally {
      record(name, performance.now() - start);
    }
  };
}

function record(name: string, ms: number): void {
  let list = timings.get(name);
  if (!list) timings.set(name, (list = []));
  list.push(ms);
  if (listening) return;
  listening = true;
  window.addEventListener('sightline-test:timings', () => {
    document.documentElement.setAttribute('data-sightline-timings', JSON.stringify(Object.fromEntries(timings)));
  });
}
