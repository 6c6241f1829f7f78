import type { Detector } from '../../engine/types';
import { MAX_MATCHES_PER_DETECTOR } from './lib/regex-scan';

/**
 * Web addresses and bare domain names. A personal site or a shared-file link can identify its
 * owner, but most URLs in prompts are documentation links, so this is low severity: it is
 * redacted on request and never flags a prompt on its own.
 */

/** Scheme URLs end at whitespace, quotes or brackets (RFC 3986 §C: delimiters in prose). */
const SCHEME = "(?:https?|ftp)://[^\\s<>\"'`()\\[\\]{}]{1,2000}";
/**
 * Bare domains need `www.` or a TLD from this list. Two-letter ccTLDs that are also common file
 * extensions (`.py`, `.md`, `.rs`, `.sh`, `.pl`, `.js`-like) are left out so `setup.py` stays
 * quiet; the IANA root zone is the source of the rest.
 */
const TLDS = [
  'com', 'org', 'net', 'edu', 'gov', 'info', 'biz', 'io', 'ai', 'app', 'dev', 'co', 'me', 'us', 'uk', 'de',
  'fr', 'es', 'it', 'nl', 'be', 'ch', 'at', 'se', 'no', 'dk', 'fi', 'ie', 'pt', 'cz', 'sk', 'si', 'hu', 'ro',
  'gr', 'ee', 'lv', 'lt', 'cy', 'ca', 'au', 'nz', 'jp', 'cn', 'kr', 'in', 'br', 'mx', 'ar', 'za', 'ru', 'ua',
].join('|');
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const BARE = `(?:www\\.(?:${LABEL}\\.)+[A-Za-z]{2,24}|(?:${LABEL}\\.){1,4}(?:${TLDS}))(?::\\d{2,5})?(?:/[^\\s<>"'\`()\\[\\]{}]{0,2000})?`;
/** Not inside an e-mail address (`@`) or a longer dotted token (`a.b.example.com.x`). */
const URL_RE = new RegExp(`(?<![\\w@.\\-/])(?:${SCHEME}|${BARE})(?![\\w@-])`, 'y');
/** After scheme and `www.`: a host whose last label is a 2+ letter TLD. */
const HOST_WITH_TLD = /^[^/?#:]+\.[A-Za-z]{2,24}(?=[/?#:]|$)/;
const SCHEME_WWW = /^(?:[a-z]+:\/\/)?(?:www\.)?/i;
/** Sentence punctuation that ends prose, not the URL. */
const TRAILING = /[.,;:!?]+$/;

/** `[\w@.\-/]`: the characters URL_RE's lookbehind refuses before a match. */
const isRunChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 64 || c === 46 || c === 45 || c === 47;

/**
 * Same matches as running URL_RE globally, without trying it at every position (it was ~25 ms per
 * MB of prose). Its lookbehind only lets a match start where a run of `[\w@.\-/]` starts, and a
 * match needs a `.` inside that run (bare domain, `www.`) or `://` right after it (scheme). So each
 * `.` or `://` found by `indexOf` is walked back to its run start and the sticky regex tried there,
 * once per run.
 */
function findUrls(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0; // where the global regex would resume: past the last run tried or match found
  let dot = text.indexOf('.');
  let scheme = text.indexOf('://');
  while (out.length < MAX_MATCHES_PER_DETECTOR) {
    if (dot >= 0 && dot < from) dot = text.indexOf('.', from);
    if (scheme >= 0 && scheme < from) scheme = text.indexOf('://', from);
    const hit = dot < 0 ? scheme : scheme < 0 ? dot : Math.min(dot, scheme);
    if (hit < 0) break;
    let start = hit;
    while (start > from && isRunChar(text.charCodeAt(start - 1))) start--;
    // Walked back to `from` inside a run: that run was tried already, or holds the last match's end.
    const fresh = start === 0 || !isRunChar(text.charCodeAt(start - 1));
    from = hit + 1;
    if (!fresh) {
      // No match starts inside a run, so the rest of this one needs no look: a long dotted run
      // ("a.b.c.d.e@a.b…") costs one character test per character, not an indexOf per dot.
      while (from < text.length && isRunChar(text.charCodeAt(from))) from++;
      continue;
    }
    URL_RE.lastIndex = start;
    const m = URL_RE.exec(text);
    if (m !== null && m[0].length > 0) {
      out.push(m);
      from = Math.max(from, start + m[0].length);
    }
  }
  return out;
}

export const url: Detector = {
  id: 'pii.url',
  category: 'pii',
  description: 'URLs and domain names (personal sites, shared-file links); low severity.',
  validation: 'scheme URL, www. prefix, or a domain with a known TLD (file extensions excluded)',
  severity: 'low',
  placeholder: 'URL',
  // No keyword prefilter: findUrls starts with the same two searches (a dot, "://").
  detect: ({ text }) =>
    findUrls(text).flatMap((m) => {
      const value = m[0].replace(TRAILING, '');
      // "http://microsoft" and "www.microsoft" have no registrable domain.
      if (!HOST_WITH_TLD.test(value.replace(SCHEME_WWW, ''))) return [];
      return [{ start: m.index, end: m.index + value.length, rule: value.includes('://') ? 'scheme-url' : 'domain', confidence: 0.6 }];
    }),
};
