/**
 * What compact-assignment-regex.ts rewrites keyword rules' regex literals into, in content builds
 * only: the same pattern, with the assignment between a key name and its value (`_KEY = "`,
 * `key: `, `key=>`) spelled once here instead of in ~20 literals.
 */
export const ASSIGNMENT = '[\\w.\\-]{0,24}?\\\\?["\'`]?\\s{0,4}(?:[:=]{1,3}>?|\\?=|\\s|-)\\s{0,4}\\\\?["\'`]?';

export const assignmentRegex = (head: string, tail: string, flags: string): RegExp => new RegExp(head + ASSIGNMENT + tail, flags);
