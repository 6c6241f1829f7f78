import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../../random/mulberry32';
import { EXAMPLE_WINDOW, isExampleEmail, isTestCard, nearExampleData } from './example-data';

/** The definition: a marker in the window's slice (word boundaries read at the slice's edges too). */
const MARKER = /\b(?:123-45-6789|\(?123\)? ?[-.]?456[-.]?789\d|12345\b|555-?01\d\d|john[ ._]?doe|jane[ ._]?doe|example\.(?:com|org|net)|lorem ipsum|placeholder|your[ _-]name|dummy|sample data|fake data|test user)/;
const reference = (lower: string, start: number, end: number): boolean =>
  MARKER.test(lower.slice(Math.max(0, start - EXAMPLE_WINDOW), end + EXAMPLE_WINDOW));

const PIECES = ['12345', '123456', '0123456', '555-0123', 'john doe', 'xjohn doe', 'dummy', 'dummyx', 'lorem ipsum', 'example.com', '(123) 456-7890', 'word', ' ', ', ', '\n', '7', 'a'];

describe('nearExampleData', () => {
  test('a marker within the window downgrades, one beyond it does not', () => {
    const filler = 'x '.repeat(EXAMPLE_WINDOW);
    expect(nearExampleData(`jane doe ${filler}`.slice(0, 150) + 'value', 150, 155)).toBe(true);
    expect(nearExampleData(`jane doe ${filler}value`, 9 + filler.length, 14 + filler.length)).toBe(false);
    expect(nearExampleData('no markers here at all', 3, 10)).toBe(false);
  });

  test('reads the window as a slice, as before: "12345" cut out of "123456" at its edge still counts', () => {
    const text = `value${' '.repeat(EXAMPLE_WINDOW - 5)}123456`;
    // The window ends after "12345": in the slice it is followed by nothing, a word boundary.
    expect(reference(text, 0, 5)).toBe(true);
    expect(nearExampleData(text, 0, 5)).toBe(true);
  });

  test('answers as the slice search does on 5,000 generated texts with markers at every distance', () => {
    const next = mulberry32(7);
    const seen = { true: 0, false: 0 };
    for (let n = 0; n < 5_000; n++) {
      let text = '';
      const parts = 5 + Math.floor(next() * 60);
      for (let i = 0; i < parts; i++) text += next() < 0.1 ? PIECES[Math.floor(next() * 11)] : next() < 0.5 ? 'lorem'.repeat(1 + Math.floor(next() * 30)) : PIECES[11 + Math.floor(next() * 6)];
      const start = Math.floor(next() * text.length);
      const end = Math.min(text.length, start + 1 + Math.floor(next() * 20));
      const expected = reference(text, start, end);
      expect(nearExampleData(text, start, end), `${JSON.stringify(text)} @${start}`).toBe(expected);
      seen[`${expected}`]++;
    }
    expect(Math.min(seen.true, seen.false)).toBeGreaterThan(500);
  });
});

describe('example values', () => {
  test('reserved domains and placeholder local parts', () => {
    expect(isExampleEmail('anna@example.com')).toBe(true);
    expect(isExampleEmail('john.doe@acme.io')).toBe(true);
    expect(isExampleEmail('anna.kowalska@acme.io')).toBe(false);
  });

  test('published test cards and repeated digits', () => {
    expect(isTestCard('4242424242424242')).toBe(true);
    expect(isTestCard('4444444444444444')).toBe(true);
    expect(isTestCard('4539578763621486')).toBe(false);
  });
});
