/**
 * Language guess for pasted code: count which marker substrings occur in (a sample of) the block.
 * Markers are literal and case-sensitive, found in one pass over the sample (marker-scan.ts). It
 * only names the language in the explanation; nothing is decided on it.
 */
import { buildMarkerIndex, findMarkers, markerHits } from './marker-scan';

export const LANGUAGE_MARKERS = {
  python: ['def ', 'elif ', 'self.', 'import ', 'print(', 'None', '__init__', '):\n', 'lambda '],
  javascript: ['function ', 'const ', '=>', 'console.log', 'require(', 'let ', '===', 'document.'],
  typescript: [': string', ': number', 'interface ', 'export type', ': boolean', 'readonly ', 'import type'],
  java: ['public class', 'System.out', '@Override', 'import java.', 'private final', 'public static void'],
  csharp: ['using System', 'namespace ', 'Console.Write', '{ get; set; }', 'public async Task', 'var '],
  go: ['package ', 'func ', ':=', 'fmt.', 'err != nil', 'import ('],
  rust: ['fn ', 'let mut', 'impl ', 'println!', 'pub fn', '&str', 'Vec<', '-> '],
  c_cpp: ['#include', 'int main', 'printf(', 'std::', 'cout', 'nullptr', 'malloc(', '->'],
  php: ['<?php', '$this->', 'echo ', '=> $', 'function ', '$_'],
  ruby: ['end\n', 'puts ', "require '", 'do |', 'attr_accessor', 'def '],
  sql: ['SELECT ', ' FROM ', 'WHERE ', 'INSERT INTO', 'CREATE TABLE', 'JOIN ', 'GROUP BY'],
  shell: ['#!/bin/', 'echo ', 'sudo ', 'apt-get', 'export ', '$(', '\nfi', 'then\n'],
  html: ['<div', '</', '<html', 'class="', '<span', 'href="'],
} as const satisfies Record<string, readonly string[]>;

export type Language = keyof typeof LANGUAGE_MARKERS;

/** Fence info strings (```ts) mapped to our names. */
const FENCE_ALIASES: Readonly<Record<string, Language>> = {
  py: 'python', python: 'python', js: 'javascript', javascript: 'javascript', jsx: 'javascript',
  ts: 'typescript', typescript: 'typescript', tsx: 'typescript', java: 'java', cs: 'csharp',
  csharp: 'csharp', go: 'go', golang: 'go', rs: 'rust', rust: 'rust', c: 'c_cpp', cpp: 'c_cpp',
  'c++': 'c_cpp', h: 'c_cpp', php: 'php', rb: 'ruby', ruby: 'ruby', sql: 'sql', sh: 'shell',
  bash: 'shell', shell: 'shell', zsh: 'shell', html: 'html', xml: 'html',
};

/** Only the start of a long block is sampled: the guess does not need more. */
export const SAMPLE_CHARS = 8_192;

const LANGUAGES = Object.keys(LANGUAGE_MARKERS) as Language[];
/** Every marker in one index: a block is read once, not once per marker (~90 `includes`). */
const MARKERS = buildMarkerIndex(LANGUAGES.flatMap((l) => LANGUAGE_MARKERS[l]));
/**
 * The languages each marker counts for, as one flat array: marker `n`'s are
 * `LANGUAGE_OF[FIRST_LANGUAGE[n] … FIRST_LANGUAGE[n + 1])` (`function ` counts for JavaScript and
 * PHP). Scoring a block reads the lists of the markers it holds, a handful, by number.
 */
const BY_MARKER = MARKERS.markers.map((m) => LANGUAGES.flatMap((l, language) => LANGUAGE_MARKERS[l].filter((x) => x === m).map(() => language)));
const FIRST_LANGUAGE = Int32Array.from({ length: BY_MARKER.length + 1 }, (_, n) => BY_MARKER.slice(0, n).reduce((sum, ls) => sum + ls.length, 0));
const LANGUAGE_OF = Int32Array.from(BY_MARKER.flat());
const TYPESCRIPT = LANGUAGES.indexOf('typescript');
const JAVASCRIPT = LANGUAGES.indexOf('javascript');
/** The markers the current block holds and their count per language; guessLanguage is synchronous, so one of each serves all. */
const hits = markerHits(MARKERS);
const counts = new Int32Array(LANGUAGES.length);

/** The language a fence's info string (```ts) names, if it is one we know. */
export function fenceLanguage(fenceInfo: string): Language | undefined {
  // Own keys only: a fence info of `constructor` or `__proto__` must not reach Object.prototype.
  const key = fenceInfo.toLowerCase();
  return Object.hasOwn(FENCE_ALIASES, key) ? FENCE_ALIASES[key] : undefined;
}

/** The language of the block `[start, end)` of `text` (`lower`: its lower-cased copy), read in place. */
export function guessLanguage(text: string, lower: string, start: number, end: number, fenceInfo?: string): Language | 'unknown' {
  const alias = fenceInfo === undefined ? undefined : fenceLanguage(fenceInfo);
  if (alias !== undefined) return alias;
  findMarkers(MARKERS, text, lower, start, Math.min(end, start + SAMPLE_CHARS), hits);
  for (let language = 0; language < counts.length; language++) counts[language] = 0;
  for (let i = 0; i < hits.count; i++) {
    const n = hits.list[i]!;
    for (let p = FIRST_LANGUAGE[n]!; p < FIRST_LANGUAGE[n + 1]!; p++) counts[LANGUAGE_OF[p]!]!++;
  }
  let best: Language | 'unknown' = 'unknown';
  let bestScore = 1; // at least two markers, or we do not guess
  for (let language = 0; language < LANGUAGES.length; language++) {
    let score = counts[language]!;
    // TypeScript is JavaScript plus types: it wins only with its own markers on top.
    if (language === TYPESCRIPT && score > 0) score += counts[JAVASCRIPT]! / 2;
    if (score > bestScore) {
      best = LANGUAGES[language]!;
      bestScore = score;
    }
  }
  return best;
}
