/**
 * Example and test data that should not be treated as a real person's data: reserved domains
 * (RFC 2606 / RFC 6761), fictional phone ranges, well-known test card numbers and placeholder names.
 * Matches on these are downgraded to `low` (still redacted, never flagged on their own).
 */

import { memoByValue } from '../../../engine/recent-memo';

/** RFC 2606 §3 second-level example domains and RFC 6761 special-use TLDs. */
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|[a-z0-9-]+\.(?:example|test|invalid|localhost))$/;
/** Local parts people type as placeholders ("your.name@", "user@company.com"). */
const PLACEHOLDER_LOCAL = /^(?:user|username|name|your[._-]?name|you|me|someone|email|john[._]?doe|jane[._]?doe|foo|bar|test|xxx+|abc)$/;

export function isExampleEmail(lower: string): boolean {
  const at = lower.lastIndexOf('@');
  return EXAMPLE_DOMAIN.test(lower.slice(at + 1)) || PLACEHOLDER_LOCAL.test(lower.slice(0, at));
}

/**
 * Published test PANs (Stripe, Adyen, PayPal sandbox docs) and repeated-digit fillers. They pass
 * Luhn on purpose, so only this list tells them apart.
 */
const TEST_CARDS = new Set([
  '4111111111111111', '4242424242424242', '4012888888881881', '4000056655665556', '5555555555554444',
  '5105105105105100', '2223003122003222', '378282246310005', '371449635398431', '6011111111111117',
  '6011000990139424', '3056930009020004', '30569309025904', '3566002020360505', '6200000000000005',
]);

export const isTestCard = (digits: string): boolean => TEST_CARDS.has(digits) || /^(\d)\1+$/.test(digits);

/**
 * Placeholder person names used in forms and documentation (lower-case, whole name).
 * Source: common usage in US/UK documentation ("John Doe", "Jane Smith", "Joe Bloggs", "Max Mustermann").
 */
export const PLACEHOLDER_NAMES = new Set([
  'john doe', 'jane doe', 'john smith', 'jane smith', 'joe bloggs', 'jane bloggs', 'joe public',
  'max mustermann', 'erika mustermann', 'john q. public', 'richard roe', 'mary major', 'juan pérez',
]);

/**
 * Markers of made-up example records: keyboard-run numbers, reserved domains, placeholder names,
 * lorem ipsum. A record next to one is documentation or a template (an "example JSON" in a prompt),
 * so its values are downgraded to low: still redacted, never flagging the prompt on their own.
 */
const EXAMPLE_MARKER =
  /\b(?:123-45-6789|\(?123\)? ?[-.]?456[-.]?789\d|12345\b|555-?01\d\d|john[ ._]?doe|jane[ ._]?doe|example\.(?:com|org|net)|lorem ipsum|placeholder|your[ _-]name|dummy|sample data|fake data|test user)/;
/**
 * The markers without their word-boundary tests: every match of EXAMPLE_MARKER in a slice of a text
 * is a match of this in the whole text, so a text where this finds nothing has no example data
 * near any value, whatever the window.
 */
const LOOSE_MARKER = globalThis.__CONTENT_SCRIPT__ ? null : new RegExp(EXAMPLE_MARKER.source.replace(/\\b/g, ''));
/**
 * Whether the text holds a marker anywhere: asked once per text, not once per value found in it.
 * Worker-only (build-flags.d.ts): the page scans one prompt as typed, not floods of names.
 */
const anyMarker = globalThis.__CONTENT_SCRIPT__ ? null : memoByValue((lower: string): boolean => LOOSE_MARKER!.test(lower));
/** Characters either side of a value searched for a marker; about one small JSON object. */
export const EXAMPLE_WINDOW = 200;

/**
 * A marker within EXAMPLE_WINDOW of `[start, end)`. Most texts hold none, and then one search of
 * the whole text answers for every value in it (a flood of names asked this per name, re-reading
 * ~400 characters each time).
 */
export const nearExampleData = (lower: string, start: number, end: number): boolean =>
  (globalThis.__CONTENT_SCRIPT__ || anyMarker!(lower)) && EXAMPLE_MARKER.test(lower.slice(Math.max(0, start - EXAMPLE_WINDOW), end + EXAMPLE_WINDOW));
