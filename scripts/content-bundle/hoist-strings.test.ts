import { transformSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { hoistStrings } from './hoist-strings';

const run = (code: string): unknown => new Function(`return ${code}`)();

describe('hoistStrings', () => {
  test.each([
    // Repeated values become one variable, declared after the directive and before any statement.
    [
      '(function(){"use strict";return [f("critical"),f("critical"),f("critical"),f("critical")];function f(x){return x}})()',
      '(function(){"use strict";var a="critical";return [f(a),f(a),f(a),f(a)];function f(x){return x}})()',
    ],
    // Property keys, directives and literals outside the bundle's scope stay as written.
    [
      'var r=(()=>{"use strict";return[{"medium":"medium"},"medium","medium","medium"]})();g("medium")',
      'var r=(()=>{"use strict";var a="medium";return[{"medium":a},a,a,a]})();g("medium")',
    ],
    // Names already in the bundle are never reused (a is taken, so is b).
    [
      '(function(a,b){return a+"critical"+"critical"+b+"critical"+"critical"})(1,2)',
      '(function(a,b){var c="critical";return a+c+c+b+c+c})(1,2)',
    ],
    // A keyword written against the literal keeps a space before the name.
    [
      '(function(x){switch(x){case"critical":return"critical"in x}return typeof"critical"+"critical"})()',
      '(function(x){var a="critical";switch(x){case a:return a in x}return typeof a+a})()',
    ],
    // Two copies of a short string cost less than a variable: left alone.
    ['(function(){return ["high","high"]})()', '(function(){return ["high","high"]})()'],
  ])('%s', (code, expected) => {
    expect(hoistStrings(code)).toBe(expected);
  });

  test('the hoisted code computes the same values', () => {
    const code = '(function(){const s={high:"high"};return [s.high==="high","high"+"high","high".length,["low","high","high","high","high"].indexOf("high"),s["high"]]})()';
    const out = hoistStrings(code);
    expect(out).not.toBe(code);
    expect(run(out)).toEqual(run(code));
  });

  test('an ES module gets the variables at its top', () => {
    const code = transformSync('export const a = ["critical","critical","critical","critical"];', { format: 'esm' }).code;
    expect(hoistStrings(code)).toMatch(/^var b="critical";const a = \[b, b, b, b\];/);
  });

  test('a bundle that is neither an IIFE nor a module is refused', () => {
    expect(() => hoistStrings('f("critical","critical","critical","critical")')).toThrow(/neither/);
  });
});
