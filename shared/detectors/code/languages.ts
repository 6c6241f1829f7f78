/**
 * Language guess for pasted code: count which marker substrings occur in (a sample of) the block.
 * Markers are literal and case-sensitive, found in one pass over the sample (marker-scan.ts). It
 * only names the language in the explanation; nothing is decided on it.
 */
import { buildMarkerIndex, findMarkers } from './marker-scan';

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
const MARKER_NUMBERS = Object.fromEntries(
  LANGUAGES.map((l) => [l, Int32Array.from(LANGUAGE_MARKERS[l], (m) => MARKERS.markers.indexOf(m))]),
) as Record<Language, Int32Array>;
/** Which markers the current block holds; guessLanguage is synchronous, so one array serves all. */
const found = new Uint8Array(MARKERS.markers.length);

function count(found: Uint8Array, markers: Int32Array): number {
  let n = 0;
  for (let i = 0; i < markers.length; i++) n += found[markers[i]!]!;
  return n;
}

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
  findMarkers(MARKERS, text, lower, start, Math.min(end, start + SAMPLE_CHARS), found);
  let best: Language | 'unknown' = 'unknown';
  let bestScore = 1; // at least two markers, or we do not guess
  for (const language of LANGUAGES) {
    let score = count(found, MARKER_NUMBERS[language]);
    // TypeScript is JavaScript plus types: it wins only with its own markers on top.
    if (language === 'typescript' && score > 0) score += count(found, MARKER_NUMBERS.javascript) / 2;
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}
