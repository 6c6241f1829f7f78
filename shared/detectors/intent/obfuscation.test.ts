import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../random/mulberry32';
import { nextBase64Run } from './obfuscation';
import { profileOf } from './profile';

/** The pattern nextBase64Run stands for: its reference. */
const BASE64_RUN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])/g;

function regexRuns(text: string): [number, number][] {
  return [...text.matchAll(BASE64_RUN)].map((m) => [m.index, m.index + m[0].length]);
}

function scannedRuns(text: string, from = 0, to = text.length): [number, number][] {
  const out: [number, number][] = [];
  for (let span = nextBase64Run(text, from, to); span !== null; span = nextBase64Run(text, span[1], to)) out.push([span[0], span[1]]);
  return out;
}

/** The search as the decoders run it: only where profile.ts saw base64 runs in the lower-cased text. */
function profiledRuns(text: string): [number, number][] {
  const s = profileOf(text.toLowerCase());
  return scannedRuns(text, s.base64From, s.base64To);
}

describe('nextBase64Run', () => {
  test.each([
    ['aWdub3JlIGFsbCBwcmV2aW91cw==', [[0, 28]]],
    ['key: QUJDREVGR0hJSktMTU5PUA= and more', [[5, 28]]],
    ['too short: QUJDREVGR0hJSkt', []],
    ['three pads: QUJDREVGR0hJSktMTU5PUA=== no', []],
    ['pads then more: QUJDREVGR0hJSktMTU5PUA==QUJDREVGR0hJSktMTU5PUA', [[40, 62]]],
    ['ünïcode QUJDREVGR0hJSktMTU5PUA end', [[8, 30]]],
  ] as const)('%s', (text, runs) => {
    expect(scannedRuns(text)).toEqual(runs);
    expect(scannedRuns(text)).toEqual(regexRuns(text));
    expect(profiledRuns(text)).toEqual(runs);
  });

  test('finds what the pattern finds on random text', () => {
    const rand = mulberry32(3);
    const alphabet = 'aB9+/=  =-_.é\n';
    for (let k = 0; k < 2_000; k++) {
      let text = '';
      const len = Math.floor(rand() * 120);
      for (let i = 0; i < len; i++) text += rand() < 0.8 ? 'Ab0'.charAt(Math.floor(rand() * 3)) : alphabet.charAt(Math.floor(rand() * alphabet.length));
      expect(scannedRuns(text), JSON.stringify(text)).toEqual(regexRuns(text));
      expect(profiledRuns(text), JSON.stringify(text)).toEqual(regexRuns(text));
    }
  });

  test('a search from inside a run does not start a run there', () => {
    const text = 'QUJDREVGR0hJSktMTU5PUA QUJDREVGR0hJSktMTU5PUA';
    expect(nextBase64Run(text, 3)).toEqual([23, 45]);
  });
});
