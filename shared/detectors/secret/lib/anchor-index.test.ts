import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../../random/mulberry32';
import { buildAnchorIndex, literalGates, sweepAnchors, type AnchorOwners } from './anchor-index';

/** Every occurrence of every literal, found the slow way. */
function naive(text: string, literals: readonly string[]): string[] {
  const out: string[] = [];
  for (const lit of literals) for (let i = text.indexOf(lit); i >= 0; i = text.indexOf(lit, i + 1)) out.push(`${lit}@${i}`);
  return out.sort();
}

function swept(text: string, literals: readonly string[]): string[] {
  const index = buildAnchorIndex(literals);
  const owners = index.literals.map(() => Int32Array.of(0));
  const out: string[] = [];
  sweepAnchors(text, index, { owners }, new Int32Array(1), (_r, n, at) => out.push(`${index.literals[n]}@${at}`));
  return out.sort();
}

const LITERALS = ['key', 'passw', 'pass', 'password', 'ghp_', 'sk-', 'sk-ant-', '.', 'q~', 'x', 'eyj', '-----begin '];

describe('anchor sweep', () => {
  test.each([
    ['prose', 'the key point: pass the password to sk-ant-api and ghp_x. done.'],
    ['repeats', 'eyjeyjeyjkeykeykey'.repeat(5)],
    ['edges', '.x'],
    ['non-ascii around anchors', 'clé key é.q~ ünd pass€'],
    ['pem', '-----begin -----begin private key-----'],
    ['literal at the very end', 'see key.'],
    ['non-ASCII folded into a key', '\u00e9y key\u0161k- sk-\u00e9.x q~\u00e9'],
    ['one-character literal before non-ASCII', 'x.\u00e9 .\u2026 end.'],
    // U+0165 and U+016B end in the bytes of `e` and `k`: no literal may be read through them.
    ['characters whose low byte spells a literal', 'k\u0165y s\u016b- \u016bey ke\u0179'],

  ])('%s: finds exactly what indexOf finds', (_name, text) => {
    expect(swept(text, LITERALS)).toEqual(naive(text, LITERALS));
  });

  test('finds exactly what indexOf finds in random text built from the literals, ASCII and beyond', () => {
    // Fragments of the literals, characters that fold into their keys (`é` & 127 is `i`), DEL and
    // line breaks: every window byte and every text edge gets exercised.
    const alphabet = ['k', 'e', 'y', 'p', 'a', 's', 'w', '-', '_', '.', 'q', '~', 'x', 'j', ' ', '\n', '\u00e9', '\u00f3', '\u007f', '\u2026', 'g', 'h'];
    const rand = mulberry32(3);
    for (let round = 0; round < 200; round++) {
      const length = Math.floor(rand() * 40);
      const text = Array.from({ length }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      expect(swept(text, LITERALS), JSON.stringify(text)).toEqual(naive(text, LITERALS));
    }
  });

  test('skips a rule inside the span it consumed', () => {
    const index = buildAnchorIndex(['ab']);
    const resume = new Int32Array(1);
    const seen: number[] = [];
    sweepAnchors('ababababab', index, { owners: [Int32Array.of(0)] }, resume, (r, _n, at) => {
      seen.push(at);
      resume[r] = at + 5;
    });
    expect(seen).toEqual([0, 6]);
  });

  test('visits a rule only where the character after the literal may follow it', () => {
    const index = buildAnchorIndex(['akia']);
    const digits = new Uint8Array(128);
    for (let c = 0x30; c <= 0x39; c++) digits[c] = 1;
    const seen: number[] = [];
    // Past the text and beyond ASCII the rule is visited: the table only speaks for ASCII.
    sweepAnchors('akia akia7 akiaé akia', index, { owners: [Int32Array.of(0)], next: [[digits]] }, new Int32Array(1), (_r, _n, at) => seen.push(at));
    expect(seen).toEqual([5, 11, 17]);
  });

  test('visits a rule only where its probe character is at its offset', () => {
    const index = buildAnchorIndex(['.']);
    const seen: number[] = [];
    // Two rules own `.`: rule 0 wants a second `.` two on (past the text there is none), rule 1 has no probe.
    sweepAnchors('a.b.c d.bc.', index, { owners: [Int32Array.of(0, 1)], probes: [[[2, 46], null]] }, new Int32Array(2), (r, _n, at) => seen.push(r * 100 + at));
    expect(seen).toEqual([1, 101, 103, 107, 110]);
  });

  test('the literal gates turn away only hits that no owner would be visited for', () => {
    // Two rules share most literals; each owner gets a random `next` table (or none) and sometimes
    // a probe, so the gates see agreeing, disagreeing and missing ones.
    const rand = mulberry32(11);
    const index = buildAnchorIndex(LITERALS);
    const table = (): Uint8Array | null => (rand() < 0.25 ? null : Uint8Array.from({ length: 128 }, () => (rand() < 0.3 ? 1 : 0)));
    const probe = (n: number): readonly [number, number] => [1 + (n % 3), ['.', 'k', 'e', 's'][n % 4]!.charCodeAt(0)];
    const owners: AnchorOwners = {
      owners: index.literals.map((_, n) => (n % 2 === 0 ? Int32Array.of(0) : Int32Array.of(0, 1))),
      next: index.literals.map((_, n) => (n % 2 === 0 ? [table()] : [table(), table()])),
      // One owner: its probe. Two: the same probe (n % 3 = 0: the gate has it), different ones, or one none.
      probes: index.literals.map((_, n) => (n % 2 === 0 ? [probe(n)] : [probe(n), n % 3 === 0 ? probe(n) : n % 3 === 1 ? probe(n + 1) : null])),
    };
    const gates = literalGates(index, owners);
    const alphabet = ['k', 'e', 'y', 'p', 'a', 's', 'w', '-', '.', 'q', '~', 'x', ' ', '\u00e9'];
    let visited = 0;
    for (let round = 0; round < 500; round++) {
      const text = Array.from({ length: Math.floor(rand() * 60) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const seen = (g: ReturnType<typeof literalGates> | null): string[] => {
        const out: string[] = [];
        sweepAnchors(text, index, owners, new Int32Array(2), (r, n, at) => out.push(`${r}:${index.literals[n]}@${at}`), g);
        return out;
      };
      const all = seen(null);
      visited += all.length;
      expect(seen(gates), JSON.stringify(text)).toEqual(all);
    }
    expect(visited).toBeGreaterThan(100);
  });

  test('a gate turns a literal away when no owner accepts the character after it', () => {
    const index = buildAnchorIndex(['akia']);
    const digits = Uint8Array.from({ length: 128 }, (_, c) => (c >= 0x30 && c <= 0x39 ? 1 : 0));
    const owners: AnchorOwners = { owners: [Int32Array.of(0)], next: [[digits]] };
    const gates = literalGates(index, owners);
    expect(Array.from(gates.follow.subarray(0, 4))).toEqual([0, 0x3ff << 16, 0, 0]);
  });

  test('a word-start gate skips hits inside a word, but not after `k` (the Kelvin sign lower-cases to it)', () => {
    const index = buildAnchorIndex(['live_']);
    const owners: AnchorOwners = { owners: [Int32Array.of(0)], wordStart: [[true]] };
    const seen: number[] = [];
    sweepAnchors('live_ sk_live_ klive_ -live_ 9live_', index, owners, new Int32Array(1), (_r, _n, at) => seen.push(at), literalGates(index, owners));
    expect(seen).toEqual([0, 16, 23]);
  });

  test.each([['UPPER'], [''], ['ü-umlaut']])('rejects anchor %j', (lit) => {
    expect(() => buildAnchorIndex([lit])).toThrow();
  });
});
