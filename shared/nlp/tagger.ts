// compromise/two is the tokenizer, lexicon and tagger without the level-three plugins (nouns,
// verbs, numbers, chunker …): the same Person / Organization / Place tags (fast-sweep.test.ts
// compares them), without the `chunks` pass on every call and in a smaller worker bundle.
import nlp from 'compromise/two';
import { installFastSweep } from './fast-sweep';
import type { EntityType } from './types';

/**
 * compromise's tagger costs ~1 ms per call before it reads a character (building the view,
 * running every compute hook, sweeping the match net per sentence), then ~0.01 ms a character.
 * It only ever sees short windows chosen by the gate in scan-entities.ts, and all of one text's
 * windows go through it in a single call.
 */
export interface Tagged {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
}

/** A half-open range [from, to) of the text. */
export type Window = readonly [from: number, to: number];

/**
 * Between windows: a paragraph break ends compromise's sentence, so no tag rule reads across
 * two windows (same tags as one call per window; fast-sweep.test.ts checks it).
 */
const WINDOW_BREAK = '\n\n';

interface Term {
  readonly pre: string;
  readonly text: string;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
}

installFastSweep(nlp);

function typeOf(tags: ReadonlySet<string>): EntityType | undefined {
  if (tags.has('Person')) return 'pii.person';
  if (tags.has('Organization')) return 'pii.organization';
  if (tags.has('Place')) return 'pii.location';
  return undefined;
}

/** Tags `windows` (in text order) in one tagger call: what each window holds, in offsets of `text`. */
export function tagWindows(text: string, windows: readonly Window[]): Tagged[][] {
  if (windows.length === 0) return [];
  const doc = nlp(windows.map(([from, to]) => text.slice(from, to)).join(WINDOW_BREAK)) as unknown as { document: Term[][] };
  // Where each window starts in the joined string, to map offsets back.
  const starts: number[] = [];
  let at = 0;
  for (const [from, to] of windows) {
    starts.push(at);
    at += to - from + WINDOW_BREAK.length;
  }
  const out: Tagged[][] = windows.map(() => []);
  let w = 0;
  let elapsed = 0;
  // compromise's own offset rule (src/1-one/tokenize/compute/offset.js), without its JSON output.
  for (const sentence of doc.document) {
    for (const term of sentence) {
      const start = elapsed + term.pre.length;
      elapsed += term.pre.length + term.text.length + term.post.length;
      const type = typeOf(term.tags);
      if (!type || term.text.length === 0) continue;
      while (w + 1 < windows.length && starts[w + 1]! <= start) w++;
      const from = windows[w]![0] + start - starts[w]!;
      out[w]!.push({ type, start: from, end: from + term.text.length });
    }
  }
  return out;
}

/** One window: kept for callers that tag a single range. */
export const tagWindow = (text: string, from: number, to: number): Tagged[] => tagWindows(text, [[from, to]])[0]!;

/**
 * compromise builds its model on the first call (~150–250 ms). The worker calls this once at
 * start-up so that cost never lands inside a per-text budget.
 */
export function warmUpTagger(): void {
  tagWindow('Maria Gonzalez flew to Oslo to meet Acme Corp.', 0, 46);
}
