import type { Detector } from '../../engine/types';
import { MAX_MATCHES_PER_DETECTOR } from './lib/regex-scan';

/**
 * Network interface (MAC) addresses: a device identifier that follows its owner across networks
 * (GDPR Recital 30 names "device identifiers" as online identifiers). IEEE 802 notations: six
 * colon- or hyphen-separated octets with one consistent separator, or Cisco's three dotted quads.
 *
 * Anchored on the first separator (FIRST_SEPARATOR), where the sticky pattern is tried two or four
 * characters earlier: no attempt at every position of the text.
 */
const MAC_AT = /(?<![\w:.-])(?:[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-]|\.\w)/y;
/** Broadcast and all-zero addresses name no device. */
const NOT_A_DEVICE = /^(?:(?:ff[:.-]?){5}ff|(?:00[:.-]?){5}00|ffff\.ffff\.ffff|0000\.0000\.0000)$/i;

/**
 * Candidates: a separator with two hex digits before it and after it, and another separator (or
 * four hex digits around a Cisco dot). The pattern opens with the separator, so the engine only
 * stops at ':', '-' and '.' and checks the hex digits before them with a look-behind.
 */
const FIRST_SEPARATOR = /[:-](?<=[0-9A-Fa-f]{2}[:-])[0-9A-Fa-f]{2}[:-]|\.(?<=[0-9A-Fa-f]{4}\.)[0-9A-Fa-f]{4}\./g;

function findMacs(text: string): Array<{ start: number; end: number; value: string }> {
  const out = [];
  FIRST_SEPARATOR.lastIndex = 0;
  for (let m = FIRST_SEPARATOR.exec(text); m !== null && out.length < MAX_MATCHES_PER_DETECTOR; m = FIRST_SEPARATOR.exec(text)) {
    const start = m.index - (m[0].charCodeAt(0) === 46 ? 4 : 2);
    MAC_AT.lastIndex = start;
    const mac = MAC_AT.exec(text);
    if (mac === null) {
      FIRST_SEPARATOR.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start, end: start + mac[0].length, value: mac[0] });
    FIRST_SEPARATOR.lastIndex = start + mac[0].length;
  }
  return out;
}

export const macAddress: Detector = {
  id: 'pii.mac_address',
  category: 'pii',
  description: 'MAC (hardware) addresses, a device identifier; low severity.',
  validation: 'IEEE 802 notation with one consistent separator; broadcast and all-zero rejected',
  severity: 'low',
  placeholder: 'MAC',
  detect: ({ text }) =>
    findMacs(text).flatMap(({ start, end, value }) => (NOT_A_DEVICE.test(value) ? [] : [{ start, end, rule: 'mac', confidence: 0.7 }])),
};
