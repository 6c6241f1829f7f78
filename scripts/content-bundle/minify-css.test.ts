import { describe, expect, test } from 'vitest';
import { DIALOG_CSS } from '../../extension/lib/ui/dialog-styles';
import { CSS_MODULES, minifyCssLiterals } from './minify-css';

describe('minifyCssLiterals', () => {
  test('minifies a style sheet literal and leaves the rest of the module alone', () => {
    const source = 'export const CSS = `\n:host { all: initial; }\n.a  {  color: #ffffff;  }\n`;\nexport const n = 1;';
    expect(minifyCssLiterals(source, 'x.ts')).toBe('export const CSS = ":host{all:initial}.a{color:#fff}";\nexport const n = 1;');
  });

  test('leaves templates with substitutions as written', () => {
    const source = 'const css = (c: string) => `.a { color: ${c}; }`;';
    expect(minifyCssLiterals(source, 'x.ts')).toBe(source);
  });

  test('the dialog styles shrink and keep every rule', () => {
    const source = `export const DIALOG_CSS = \`${DIALOG_CSS}\`;`;
    const out = minifyCssLiterals(source, '/repo/extension/lib/ui/dialog-styles.ts');
    expect(CSS_MODULES.test('/repo/extension/lib/ui/dialog-styles.ts')).toBe(true);
    expect(out.length).toBeLessThan(source.length - 200);
    for (const selector of [':host', '.backdrop', '.dialog', 'button.primary', 'button:disabled', '@media (prefers-color-scheme: dark)'])
      expect(out.replace(/\s/g, '')).toContain(selector.replace(/\s/g, ''));
  });
});
