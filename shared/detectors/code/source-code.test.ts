import { describe, expect, test } from 'vitest';
import { createScannerWith } from '../../engine/scanner-core';
import { resolveOptions } from '../../engine/options';
import type { Candidates } from '../../engine/types';
import { scanWasCapped } from '../../enforcement/verdict';
import { sourceCode } from './source-code';

const detect = (text: string): Candidates => sourceCode.detect({ text, lower: text.toLowerCase(), options: resolveOptions({}) });

/** `n` three-line code blocks, each followed by two prose lines (which end the run). */
const blocks = (n: number): string => 'const a = 1;\nconst b = 2;\nreturn a + b;\nSome prose here.\nMore prose here.\n'.repeat(n);

describe('source code', () => {
  // The scan stops at 500 blocks: text after the 500th is unread by this detector, and the result
  // says so, so the engine's counts are known to be a floor (stats.findingsCapped).
  test.each([
    [499, 499, false],
    [500, 500, false],
    [501, 500, true],
    [2_000, 500, true],
  ])('%i blocks: %i found, capped %s', (n, found, capped) => {
    const result = detect(blocks(n));
    expect(result.length).toBe(found);
    expect(result.capped === true).toBe(capped);
  });

  test('the engine counts the cap in stats.findingsCapped', () => {
    const scan = createScannerWith({ 'code.source_code': sourceCode }, {});
    expect(scan(blocks(500)).stats.findingsCapped).toBe(0);
    expect(scan(blocks(501)).stats.findingsCapped).toBe(1);
  });

  // Code blocks are low and never redacted: blocks nobody counted cannot hide a value or flag a
  // prompt, so a long code paste must not be blocked in redact mode as "too many values".
  test('the cap is not one enforcement acts on', () => {
    const scan = createScannerWith({ 'code.source_code': sourceCode }, {});
    const result = scan(blocks(501));
    expect(result.stats.valuesCapped).toBe(0);
    expect(scanWasCapped(result)).toBe(false);
  });

  // The language guess reads the first 8 KB of code of a text (~160 of these blocks); later blocks are not guessed.
  test('names the language of the first blocks only on a long paste of many blocks', () => {
    const python = 'def load(self):\n    return self.x\n    print(None)\nSome prose here.\nMore prose here.\n';
    const notes = detect(python.repeat(400)).map((c) => c.note);
    expect(notes[0]).toBe('python, 3 code lines');
    expect(notes.at(-1)).toBe('language not guessed, 3 code lines');
    expect(notes.filter((n) => n?.startsWith('python')).length).toBeGreaterThan(150);
  });

  test.each([
    ['a\r\nconst x = 1;\r\nconst y = 2;\r\nreturn x + y;\r\nb', 'const x = 1;\r\nconst y = 2;\r\nreturn x + y;'],
    ['  const x = 1;\n  const y = 2;\n  return x + y;  \n', 'const x = 1;\n  const y = 2;\n  return x + y;'],
    ['```\nprose\n```\nconst x = 1;\nconst y = 2;\nreturn x + y;', 'const x = 1;\nconst y = 2;\nreturn x + y;'],
  ])('block bounds are trimmed lines (%j)', (text, block) => {
    const spans = detect(text).map((c) => text.slice(c.start, c.end));
    expect(spans).toContain(block);
  });
});
