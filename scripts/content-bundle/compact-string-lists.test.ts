import { describe, expect, test } from 'vitest';
import { compactStringLists } from './compact-string-lists';

const eight = "'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'";

describe('compactStringLists', () => {
  test.each([
    [`const l = [${eight}];`, `const l = "a b c d e f g h".split(' ');`],
    [`const l = [${eight}] as const;`, `const l = "a b c d e f g h".split(' ');`],
    [`f({ keywords: [${eight}, 'split.io'] });`, `f({ keywords: "a b c d e f g h split.io".split(' ') });`],
    // Too short to gain, an entry with a space or an empty one, a non-literal: left alone.
    ["const l = ['a', 'b'];", "const l = ['a', 'b'];"],
    [`const l = [${eight}, 'two words'];`, `const l = [${eight}, 'two words'];`],
    [`const l = [${eight}, ''];`, `const l = [${eight}, ''];`],
    [`const l = [${eight}, x];`, `const l = [${eight}, x];`],
  ])('%s', (source, expected) => {
    expect(compactStringLists(source, 'x.ts')).toBe(expected);
  });

  test('gives back the same list', () => {
    const list = ['jfrog', 'split.io', 'here.com', 'n8n', 'a-b', 'c_d', 'Ünïcode', 'x$y'];
    const source = `export const l = ${JSON.stringify(list)};`;
    const compact = compactStringLists(source, 'x.ts');
    expect(compact).toContain('.split(');
    expect(new Function(`${compact.replace('export ', '')} return l;`)()).toEqual(list);
  });
});
