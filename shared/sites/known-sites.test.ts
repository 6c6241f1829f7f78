import { describe, expect, test } from 'vitest';
import { isSiteId, matchPatterns, urlBelongsTo } from './known-sites';

describe('known sites', () => {
  test('match patterns are https host patterns', () => {
    expect(matchPatterns('chatgpt')).toEqual(['https://chatgpt.com/*', 'https://chat.openai.com/*']);
    expect(matchPatterns('perplexity')).toEqual(['https://www.perplexity.ai/*']);
  });

  test.each([
    ['https://chatgpt.com/c/123', true],
    ['https://chat.openai.com/', true],
    ['http://chatgpt.com/', false],
    ['https://evil-chatgpt.com/', false],
    ['https://chatgpt.com.evil.test/', false],
    ['not a url', false],
    [undefined, false],
  ])('urlBelongsTo(chatgpt, %s) is %s', (url, expected) => {
    expect(urlBelongsTo('chatgpt', url)).toBe(expected);
  });

  test.each([['chatgpt', true], ['gemini', true], ['deepseek', true], ['toString', false], ['__proto__', false]])('isSiteId(%s)', (id, expected) => {
    expect(isSiteId(id)).toBe(expected);
  });
});
