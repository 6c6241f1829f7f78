import type { Detector } from '../../engine/types';
import { scanRegex } from './lib/regex-scan';

/**
 * Network interface (MAC) addresses: a device identifier that follows its owner across networks
 * (GDPR Recital 30 names "device identifiers" as online identifiers). IEEE 802 notations: six
 * colon- or hyphen-separated octets with one consistent separator, or Cisco's three dotted quads.
 */
const MAC = /(?<![\w:.-])(?:[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-]|\.\w)/g;
/** Broadcast and all-zero addresses name no device. */
const NOT_A_DEVICE = /^(?:(?:ff[:.-]?){5}ff|(?:00[:.-]?){5}00|ffff\.ffff\.ffff|0000\.0000\.0000)$/i;

export const macAddress: Detector = {
  id: 'pii.mac_address',
  category: 'pii',
  description: 'MAC (hardware) addresses, a device identifier; low severity.',
  validation: 'IEEE 802 notation with one consistent separator; broadcast and all-zero rejected',
  severity: 'low',
  placeholder: 'MAC',
  detect: ({ text }) =>
    scanRegex(MAC, text, (m) =>
      NOT_A_DEVICE.test(m[0]) ? null : { start: m.index, end: m.index + m[0].length, rule: 'mac', confidence: 0.7 },
    ),
};
