import type nlp from 'compromise/two';

/**
 * compromise 14.14's post-tagger spends a third to a half of each tagger call on our windows
 * choosing which rules to try, before it tries one (src/1-one/sweep/methods/sweep/01-getHooks.js, 02-trim-down.js): for
 * every sentence it walks every key of the match net, concatenates the rule lists of the keys
 * the sentence has (one new array per key), removes duplicates, then filters the list three
 * times. That cost hardly depends on the window's length, so on our short gated windows it
 * dominates.
 *
 * This wraps `bulkMatch`: it builds each sentence's list itself, in one pass over only the keys
 * the sentence has, in the net's own key order, keeping the first rule of each `match` and only
 * rules whose needs, ifNo and wants the sentence meets (the library's order and filters). It then
 * hands the library a net with one key per sentence that maps to that list, so the library's own
 * steps copy the list once, re-check it (already passing) and run it. Output is identical by
 * construction and checked by fast-sweep.test.ts against the unpatched library: since the
 * library re-applies its filters, what the test guards is a rule dropped, reordered or
 * de-duplicated differently. The tagger call on the bench's two-window record: ~2.9 → ~1.5 ms CPU.
 */
interface Rule {
  readonly match: string;
  readonly needs: readonly string[];
  readonly ifNo?: readonly string[];
  readonly wants: readonly string[];
  readonly minWant: number;
}
type Hooks = Record<string, readonly Rule[]>;
interface Net {
  readonly hooks: Hooks;
  readonly always: readonly unknown[];
}
interface SweepMethods {
  readonly one: { readonly cacheDoc: (docs: unknown) => readonly Set<string>[] };
}
type BulkMatch = (docs: unknown, net: Net, methods: SweepMethods, opts?: object) => unknown;

/**
 * A net with every key a rule mentions numbered, so a sentence's keys become flags in an array
 * and each rule's tests are integer reads instead of string-hash lookups (~200 rules a sentence).
 */
interface CompiledNet {
  /** Key → id, for hook keys and every need / ifNo / want. */
  readonly ids: Map<string, number>;
  /** Key id → position of the key in `Object.keys(hooks)` (the order getHooks visits), or -1. */
  readonly hookAt: Int32Array;
  /** Hook position → indices into `rules`, in the hook's own order. */
  readonly hookRules: readonly Int32Array[];
  readonly rules: readonly Rule[];
  /** Rule → id of its `match` string (duplicates share one). */
  readonly matchId: Int32Array;
  readonly needs: readonly Int32Array[];
  readonly ifNo: readonly Int32Array[];
  readonly wants: readonly Int32Array[];
  readonly matches: number;
}

const compiledNets = new WeakMap<Hooks, CompiledNet>();

function compile(hooks: Hooks): CompiledNet {
  const known = compiledNets.get(hooks);
  if (known) return known;
  const ids = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const keys = Object.keys(hooks);
  const hookIds = keys.map(idOf);
  const ruleIndex = new Map<Rule, number>();
  const rules: Rule[] = [];
  const matchIds = new Map<string, number>();
  const hookRules = keys.map((k) => Int32Array.from(hooks[k]!, (rule) => {
    let i = ruleIndex.get(rule);
    if (i === undefined) {
      ruleIndex.set(rule, (i = rules.length));
      rules.push(rule);
    }
    return i;
  }));
  const toIds = (list: readonly string[] | undefined) => Int32Array.from(list ?? [], idOf);
  const needs = rules.map((r) => toIds(r.needs));
  const ifNo = rules.map((r) => toIds(r.ifNo));
  const wants = rules.map((r) => toIds(r.wants));
  const matchId = Int32Array.from(rules, (r) => {
    let id = matchIds.get(r.match);
    if (id === undefined) matchIds.set(r.match, (id = matchIds.size));
    return id;
  });
  const hookAt = new Int32Array(ids.size).fill(-1);
  hookIds.forEach((id, at) => (hookAt[id] = at));
  const net: CompiledNet = { ids, hookAt, hookRules, rules, matchId, needs, ifNo, wants, matches: matchIds.size };
  compiledNets.set(hooks, net);
  return net;
}

/** Scratch, reused across calls: the sentence's key flags and a per-sentence stamp per match id. */
let has = new Uint8Array(0);
let seenIn = new Int32Array(0);
let stamp = 0;

/** What getHooks + trimDown give one sentence: rules of its keys in net order, first per `match`, trimmed. */
export function sentenceRules(hooks: Hooks, haves: ReadonlySet<string>): Rule[] {
  const net = compile(hooks);
  if (has.length < net.ids.size) has = new Uint8Array(net.ids.size);
  if (seenIn.length < net.matches) seenIn = new Int32Array(net.matches);
  stamp = stamp === 0x7fffffff ? 1 : stamp + 1;
  if (stamp === 1) seenIn.fill(0);
  const set: number[] = [];
  const at: number[] = [];
  for (const key of haves) {
    const id = net.ids.get(key);
    if (id === undefined) continue;
    has[id] = 1;
    set.push(id);
    if (net.hookAt[id]! >= 0) at.push(net.hookAt[id]!);
  }
  at.sort((a, b) => a - b);
  const out: Rule[] = [];
  for (const h of at) {
    for (const r of net.hookRules[h]!) {
      const m = net.matchId[r]!;
      if (seenIn[m] === stamp) continue;
      seenIn[m] = stamp;
      if (applies(net, r)) out.push(net.rules[r]!);
    }
  }
  for (const id of set) has[id] = 0;
  return out;
}

/** The library's trim-down test for one rule (02-trim-down.js): all needs, no ifNo, minWant of the wants. */
function applies(net: CompiledNet, r: number): boolean {
  for (const id of net.needs[r]!) if (has[id] === 0) return false;
  for (const id of net.ifNo[r]!) if (has[id] === 1) return false;
  const wants = net.wants[r]!;
  if (wants.length === 0) return true;
  let found = 0;
  for (const id of wants) found += has[id]!;
  return found >= net.rules[r]!.minWant;
}

/** A key no rule or word can have (compromise normalises words to lower case without control characters). */
const SENTENCE_KEY = '\u0000sentence:';

/**
 * What the library's sweep is handed instead of its own net and methods: copies whose `hooks` and
 * `cacheDoc` are ours. They are built once per (net, methods) pair and reused, and each call's
 * hooks and sentence caches are put in only while the call runs.
 *
 * Built per call (as this wrapper first did), the copies and the closure returning the caches made
 * every tagger call's sentence caches and rule lists survive young-generation collections: ~6.5 KB
 * a call reached the old generation (with 1 MB or 16 MB semi-spaces alike; measured with
 * `--trace-gc-nvp`, 3,000 two-window calls), garbage only a mark-compact frees, i.e. a 7–25 ms
 * pause inside some later text (issue #4). Reused, and emptied after each call: ~0.5 KB.
 */
interface SweepViews {
  readonly from: readonly [Net, SweepMethods];
  readonly net: { -readonly [K in keyof Net]: Net[K] };
  readonly methods: SweepMethods;
}

const NO_HOOKS: Hooks = {};
const NO_CACHES: readonly Set<string>[] = [];
/** The sentence caches of the call in progress; NO_CACHES between calls. */
let current = NO_CACHES;
const currentCaches = (): readonly Set<string>[] => current;
let views: SweepViews | undefined;
let viewsBuilt = 0;

function viewsFor(net: Net, m: SweepMethods): SweepViews {
  if (views && views.from[0] === net && views.from[1] === m) return views;
  const one: { -readonly [K in keyof SweepMethods['one']]: SweepMethods['one'][K] } = { ...m.one };
  one.cacheDoc = currentCaches;
  const sentenceNet: { -readonly [K in keyof Net]: Net[K] } = { ...net };
  sentenceNet.hooks = NO_HOOKS;
  const sentenceMethods: { -readonly [K in keyof SweepMethods]: SweepMethods[K] } = { ...m };
  sentenceMethods.one = one;
  viewsBuilt++;
  return (views = { from: [net, m], net: sentenceNet, methods: sentenceMethods });
}

/** For tests: how often the views were built, and how many hooks and sentence caches they still hold. */
export function sweepViewState(): { readonly built: number; readonly hooks: number; readonly caches: number } {
  return { built: viewsBuilt, hooks: views ? Object.keys(views.net.hooks).length : 0, caches: current.length };
}

let installed = false;

/** Installs the wrapper once per compromise instance (the worker has one). */
export function installFastSweep(lib: typeof nlp): void {
  if (installed) return;
  installed = true;
  const methods = lib.methods() as { one: { bulkMatch: BulkMatch } };
  const original = methods.one.bulkMatch;
  const bulkMatch: BulkMatch = (docs, net, m, opts) => {
    const caches = m.one.cacheDoc(docs);
    const hooks: Record<string, readonly Rule[]> = {};
    for (let i = 0; i < caches.length; i++) {
      const haves = caches[i]!;
      hooks[SENTENCE_KEY + i] = sentenceRules(net.hooks, haves);
      haves.add(SENTENCE_KEY + i);
    }
    const sweep = viewsFor(net, m);
    sweep.net.hooks = hooks;
    current = caches;
    try {
      return original(docs, sweep.net, sweep.methods, opts);
    } finally {
      sweep.net.hooks = NO_HOOKS;
      current = NO_CACHES;
    }
  };
  // Kept on the wrapper so the equivalence test can run the library's own sweep beside it.
  Object.assign(bulkMatch, { original });
  lib.plugin({ methods: { one: { bulkMatch } } });
}
