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

  test('writes the tail once, after the trie, not once per word', () => {
    // A Unicode-class tail per word compiled to ~3 MB of machine code for the NRP words.
    expect(trieSource(WORDS.map(tokens), TAIL).split(TAIL)).toHaveLength(2);
  });

  test('refuses sibling tokens that accept the same character', () => {
    expect(() => trieSource([['[dD]', 'e'], ['d', 'a']], '')).toThrow(/overlap/);
  });
});
