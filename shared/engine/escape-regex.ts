/**
 * A literal spelled as regex source that matches exactly itself, with or without the `u` flag
 * (only syntax characters are escaped: `\-` or `\/`-style identity escapes of other characters
 * are errors in Unicode mode). Used wherever word lists, keywords or host names become patterns.
 */
export const escapeRegex = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
