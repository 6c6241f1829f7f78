import type { Candidate, Detector } from '../../engine/types';
import { findContext } from './lib/context';
import { isIpv6, isNonPersonalV4, isNonPersonalV6 } from './lib/ip-ranges';
import { joinCandidates, MAX_MATCHES_PER_DETECTOR, scanRegex } from './lib/regex-scan';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** CIDR prefix lengths ("10.0.0.0/8", "2001:db8::/32"): the finding covers the whole network. */
const PREFIX_V4 = '(?:/(?:3[0-2]|[12]?\\d)(?!\\d))?';
const IPV4 = new RegExp(`(?<![\\d.])(?:${OCTET}\\.){3}${OCTET}${PREFIX_V4}(?!\\d|\\.\\d)`, 'g');
/** Colon-terminated hex groups (each repeat ends on a literal `:`), optional tail group or dotted quad. */
const IPV6_AT = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{1,4})?(?:\/(?:12[0-8]|1[01]\d|[1-9]?\d)(?!\d))?(?![\w:])/y;
/** Dotted quads after these words are software versions or OIDs, not hosts. */
const VERSION_WORDS = ['version', 'v', 'ver', 'release', 'build', 'oid', 'chrome', 'firefox', 'python', 'node'];

const isHexOrColon = (c: number): boolean => (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/**
 * IPv6 candidates without a per-position regex: an address is a run of hex digits and colons
 * holding at least two colons, so each run around a ':' found by `indexOf` is tried once, from
 * its start (the look-behind refuses any later start inside the run).
 */
function ipv6Matches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let colon = text.indexOf(':'); colon >= 0 && out.length < MAX_MATCHES_PER_DETECTOR; ) {
    let start = colon;
    while (start > 0 && colon - start < 40 && isHexOrColon(text.charCodeAt(start - 1))) start--;
    let end = colon + 1;
    while (end < text.length && isHexOrColon(text.charCodeAt(end))) end++;
    const second = text.indexOf(':', colon + 1);
    IPV6_AT.lastIndex = start;
    const m = second >= 0 && second < end ? IPV6_AT.exec(text) : null;
    if (m) out.push(m);
    colon = text.indexOf(':', Math.max(end, m ? start + m[0].length : 0));
  }
  return out;
}

function finding(start: number, end: number, rule: string, nonPersonal: boolean): Candidate {
  return {
    start,
    end,
    rule,
    confidence: nonPersonal ? 0.5 : 0.85,
    validator: { name: 'ip-syntax', passed: true },
    ...(nonPersonal ? { severity: 'low' as const, note: 'private, reserved or documentation range' } : {}),
  };
}

export const ipAddress: Detector = {
  id: 'pii.ip_address',
  category: 'pii',
  description: 'IPv4 and IPv6 addresses; private, loopback and documentation ranges are low severity.',
  validation: 'octet ranges / RFC 4291 group syntax; version-number context rejected',
  severity: 'medium',
  placeholder: 'IP',
  detect: ({ text, lower }) =>
    joinCandidates(
      scanRegex(IPV4, text, (m) => {
        if (findContext(lower, m.index, m.index, VERSION_WORDS, 12, 0) || /v$/i.test(text.slice(m.index - 1, m.index))) return null;
        return finding(m.index, m.index + m[0].length, 'ipv4', isNonPersonalV4(m[0].replace(/\/\d+$/, '')));
      }),
      ipv6Matches(text).flatMap((m) => {
        const value = m[0];
        const address = value.replace(/\/\d+$/, '');
        if (!isIpv6(address)) return [];
        return [finding(m.index, m.index + value.length, 'ipv6', isNonPersonalV6(address.toLowerCase()))];
      }),
    ),
};
