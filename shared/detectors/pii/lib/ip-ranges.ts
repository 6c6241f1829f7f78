/**
 * Address ranges that identify no person: private (RFC 1918), loopback, link-local, CGNAT
 * (RFC 6598), documentation (RFC 5737 / RFC 3849), multicast, and well-known public resolvers.
 * A match in these ranges is still reported (for redaction) but at `low` severity.
 */
const V4_NON_PERSONAL: readonly (readonly [number, number])[] = [
  [ip4('0.0.0.0'), 8], [ip4('10.0.0.0'), 8], [ip4('100.64.0.0'), 10], [ip4('127.0.0.0'), 8],
  [ip4('169.254.0.0'), 16], [ip4('172.16.0.0'), 12], [ip4('192.0.2.0'), 24], [ip4('192.168.0.0'), 16],
  [ip4('198.18.0.0'), 15], [ip4('198.51.100.0'), 24], [ip4('203.0.113.0'), 24], [ip4('224.0.0.0'), 3],
];
/** Public DNS resolvers people quote in networking questions (Google, Cloudflare, Quad9, OpenDNS). */
const PUBLIC_RESOLVERS = new Set(['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '208.67.222.222', '208.67.220.220']);

export function ip4(s: string): number {
  return s.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
}

export function isNonPersonalV4(s: string): boolean {
  if (PUBLIC_RESOLVERS.has(s)) return true;
  const n = ip4(s);
  return V4_NON_PERSONAL.some(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)));
}

/** IPv6: unspecified, loopback, link-local fe80::/10, unique-local fc00::/7, doc 2001:db8::/32, NAT64 64:ff9b::/96. */
export function isNonPersonalV6(lower: string): boolean {
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  if (v4 && /^(?:::(?:ffff:(?:0{1,4}:)?)?|0:0:0:0:0:ffff:|64:ff9b::)/.test(lower)) return isNonPersonalV4(v4[1]!);
  return (
    lower === '::' || lower === '::1' || /^fe[89ab][0-9a-f]?:/.test(lower) || /^f[cd][0-9a-f]{0,2}:/.test(lower) ||
    lower.startsWith('2001:db8:') || lower.startsWith('64:ff9b:')
  );
}

/** RFC 4291 text form: ≤ 8 groups (6 + dotted quad), at most one `::`, each group ≤ 4 hex digits. */
export function isIpv6(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  let groups = 0;
  for (const [i, half] of halves.entries()) {
    if (half === '') continue;
    const parts = half.split(':');
    for (const [j, p] of parts.entries()) {
      const last = i === halves.length - 1 && j === parts.length - 1;
      if (last && p.includes('.')) {
        if (!/^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(p)) return false;
        groups += 2;
      } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) groups++;
      else return false;
    }
  }
  return halves.length === 2 ? groups <= 7 : groups === 8;
}
