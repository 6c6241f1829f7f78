/**
 * Test builds only: how long Sightline's own handlers take, so the e2e suite can print the
 * keystroke and submit costs next to their targets. Shipped builds compile this to nothing.
 * The page-side test asks with a `sightline-test:timings` event and reads the answer from an
 * attribute on <html> (DOM is shared between the page and the content script's world).
 */
declare const __SIGHTLINE_TEST_HOOKS__: boolean;

const timings = new Map<string, number[]>();
let listening = false;

export function timed<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
  if (!__SIGHTLINE_TEST_HOOKS__) return fn;
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
