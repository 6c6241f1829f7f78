import type nlp from 'compromise/two';

/**
 * compromise 14.14's post-tagger spends about a third of each tagger call in `getHooks`
 * (src/1-one/sweep/methods/sweep/01-getHooks.js): for every sentence it walks all ~1,000 keys
 * of the match net and concatenates the rule lists of those the sentence has. That cost is the
 * same for a 60-character window as for a paragraph, so on our short gated windows it dominates.
 *
 * This wraps `bulkMatch` so that it receives a net holding only the keys the document's
 * sentences have, inserted in the net's own key order: `getHooks` then builds the very same
 * rule lists, in the same order, from a few dozen keys. Output is identical by construction
 * and checked by fast-sweep.test.ts against the unpatched library.
 */
type Hooks = Record<string, readonly unknown[]>;
interface Net {
  readonly hooks: Hooks;
  readonly always: readonly unknown[];
}
type BulkMatch = (docs: unknown, net: Net, methods: SweepMethods, opts?: object) => unknown;
interface SweepMethods {
  readonly one: { readonly cacheDoc: (docs: unknown) => readonly ReadonlySet<string>[] };
}

/** Each net's key → position in `Object.keys(net.hooks)`: the order getHooks visits them in. */
const keyOrder = new WeakMap<Hooks, Map<string, number>>();

function orderOf(hooks: Hooks): Map<string, number> {
  let order = keyOrder.get(hooks);
  if (!order) {
    order = new Map(Object.keys(hooks).map((k, i) => [k, i]));
    keyOrder.set(hooks, order);
  }
  return order;
}

export function prunedNet(net: Net, caches: readonly ReadonlySet<string>[]): Net {
  const order = orderOf(net.hooks);
  const present = new Set<string>();
  for (const cache of caches) for (const key of cache) if (order.has(key)) present.add(key);
  const hooks: Record<string, readonly unknown[]> = {};
  for (const key of [...present].sort((a, b) => order.get(a)! - order.get(b)!)) hooks[key] = net.hooks[key]!;
  return { ...net, hooks };
}

let installed = false;

/** Installs the pruning wrapper once per compromise instance (the worker has one). */
export function installFastSweep(lib: typeof nlp): void {
  if (installed) return;
  installed = true;
  const methods = lib.methods() as { one: { bulkMatch: BulkMatch } };
  const original = methods.one.bulkMatch;
  const bulkMatch: BulkMatch = (docs, net, m, opts) => original(docs, prunedNet(net, m.one.cacheDoc(docs)), m, opts);
  // Kept on the wrapper so the equivalence test can run the library's own sweep beside it.
  Object.assign(bulkMatch, { original });
  lib.plugin({ methods: { one: { bulkMatch } } });
}
