/**
 * Language guess for pasted code: count which marker substrings occur in (a sample of) the block.
 * Markers are literal and case-sensitive, so the guess costs a few `includes` calls. It only names
 * the language in the explanation; nothing is decided on it.
 */
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
const SAMPLE_CHARS = 8_192;

export function guessLanguage(block: string, fenceInfo?: string): Language | 'unknown' {
  const alias = fenceInfo === undefined ? undefined : FENCE_ALIASES[fenceInfo.toLowerCase()];
  if (alias !== undefined) return alias;
  const sample = block.length > SAMPLE_CHARS ? block.slice(0, SAMPLE_CHARS) : block;
  let best: Language | 'unknown' = 'unknown';
  let bestScore = 1; // at least two markers, or we do not guess
  for (const [language, markers] of Object.entries(LANGUAGE_MARKERS) as Array<[Language, readonly string[]]>) {
    let score = 0;
    for (const marker of markers) if (sample.includes(marker)) score++;
    // TypeScript is JavaScript plus types: it wins only with its own markers on top.
    if (language === 'typescript' && score > 0) score += countMarkers(sample, LANGUAGE_MARKERS.javascript) / 2;
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}

function countMarkers(sample: string, markers: readonly string[]): number {
  return markers.filter((m) => sample.includes(m)).length;
}
