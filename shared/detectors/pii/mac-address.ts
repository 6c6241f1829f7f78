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
  vectors: {
    positive: [
      { text: 'my laptop is 3C:22:FB:8A:41:07 on the guest wifi', match: '3C:22:FB:8A:41:07' },
      { text: 'whitelist 00-1a-2b-3c-4d-5e please', match: '00-1a-2b-3c-4d-5e' },
      { text: 'port shows 0050.56c0.0001', match: '0050.56c0.0001' },
    ],
    negative: ['ZZ:ZZ:ZZ:ZZ:ZZ:ZZ', '10:2F:33-AC-29-C3', 'ff:ff:ff:ff:ff:ff', 'at 12:30:45 today', 'sha 3c22fb8a4107aa'],
  },
};
