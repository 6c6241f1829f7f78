/**
 * "Looks like a placeholder" for secrets positives: scanner fixtures are often fake on purpose
 * (`AKIAZZZZZZZZZZZZZZZZ`, `xxxxxxxx`, `…EXAMPLE…`). The corpus README asks for recall with and
 * without them; this predicate defines "them". Generic shapes only — never tuned to corpus lines.
 */
const PLACEHOLDER_SHAPES: readonly RegExp[] = [
  /([A-Za-z0-9*])\1{5,}/, // zzzzzz, xxxxxx, 000000, ******
  /example|sample|dummy|fake|placeholder|redacted|changeme|your[_-]?(?:api[_-]?)?(?:key|token|secret)/i,
  /0123456789|123456789|abcdefghij|qwertyuiop/i,
  /(?:abcd1234){2}|(?:1234abcd){2}|(?:deadbeef){2}/i,
  /<[a-z_ -]{3,30}>|\$\{[^}]{1,40}\}|\{\{[^}]{1,40}\}\}/i,
];

export const isPlaceholderLike = (text: string): boolean => PLACEHOLDER_SHAPES.some((re) => re.test(text));
