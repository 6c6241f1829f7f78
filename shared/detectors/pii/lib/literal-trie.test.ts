import { describe, expect, test } from 'vitest';
import { trieSource } from './literal-trie';

const tokens = (w: string): string[] => [...w].map((c) => (c === ' ' ? '[ -]' : c));
const WORDS = ['democrat', 'social democrat', 'social', 'socialist', 'jew', 'jewish', 'dane', 'danish'];
const TAIL = "(?:e?s)?(?![a-z'])";
const trie = new RegExp(trieSource(WORDS.map(tokens), TAIL), 'g');
const flat = new RegExp(`(?:${[...WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '[ -]')).join('|')})${TAIL}`, 'g');
const matches = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('trieSource', () => {
  test.each([
    'the social democrats and the socialists',
    'social-democrat, socialist, social',
    'jews jewish jewess danes danish danishes',
    'antisocial democratic socialism',
  ])('matches what the longest-first flat union matches: %s', (text) => {
    expect(matches(trie, text)).toEqual(matches(flat, text));
    expect(matches(trie, text).length).toBeGreaterThan(0);
  });

  test('prefers the longer word at a position', () => {
    expect(matches(trie, 'social democrats')).toEqual(['0:social democrats']);
  });

  test('refuses sibling tokens that accept the same character', () => {
    expect(() => trieSource([['[dD]', 'e'], ['d', 'a']], '')).toThrow(/overlap/);
  });
});
