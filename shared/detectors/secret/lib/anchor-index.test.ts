import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../../random/mulberry32';
import { buildAnchorIndex, literalGates, sweepAnchors, type AnchorOwners, type LiteralGates } from './anchor-index';
import { REPEAT_STRETCH, sweepSkippingRepeats } from './repeat-skip';

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

  test('the worker\'s sweep, which jumps repeats that visited nothing (repeat-skip.ts), visits as the plain one', () => {
    // Pastes of a random unit, most with a change somewhere: rule 0 reads a few occurrences and is
    // then done with the text, as budgets make it; rule 1 owns other literals (rare in the unit,
    // common in the changes) and may consume a long span, so it turns live again later, or consume
    // nothing (a visit that leaves its resume position where it was). Without
    // gates the sweep is one pass with no jumps: the visits must be the same.
    const rand = mulberry32(17);
    const index = buildAnchorIndex(LITERALS);
    const ruleOne = new Set(['ghp_', 'sk-', 'sk-ant-', '.', 'q~', '-----begin ']);
    const owners: AnchorOwners = {
      owners: index.literals.map((lit) => (lit === 'x' ? Int32Array.of(0, 1) : Int32Array.of(ruleOne.has(lit) ? 1 : 0))),
      probes: index.literals.map((lit) => (lit === 'x' ? [null, null] : [lit === '.' ? [2, 46] : null])),
    };
    const gates = literalGates(index, owners);
    const common = ['key', 'pass', 'password', 'eyj', 'x', ' ', '=', 'a', '7', 'word', '\u00e9', 's', 'k', '-', 'q'];
    const rare = ['ghp_', 'sk-', 'sk-ant-', '.', 'q~', '-----begin '];
    const pick = (list: readonly string[], n: number): string => Array.from({ length: n }, () => list[Math.floor(rand() * list.length)]).join('');
    const consumed = [-1, 0, 3, 50, 3_000];
    for (let round = 0; round < 150; round++) {
      const unit = pick(rand() < 0.3 ? [...common, ...rare] : common, 1 + Math.floor(rand() * 30));
      let text = unit.repeat(Math.ceil((3_000 + rand() * 12_000) / unit.length));
      for (let c = Math.floor(rand() * 3); c > 0; c--) {
        const at = Math.floor(rand() * text.length);
        text = text.slice(0, at) + pick([...common, ...rare], 1 + Math.floor(rand() * 3)) + text.slice(at);
      }
      const budgets = [Math.floor(rand() * 30), Math.floor(rand() * 300)];
      const consume = [consumed[Math.floor(rand() * 5)]!, consumed[Math.floor(rand() * 5)]!];
      const seen = (g: ReturnType<typeof literalGates> | null): string[] => {
        const out: string[] = [];
        const resume = new Int32Array(2);
        const read = [0, 0];
        (g ? sweepSkippingRepeats : sweepAnchors)(text, index, owners, resume, (r, n, at) => {
          out.push(`${r}:${index.literals[n]}@${at}`);
          if (++read[r]! > budgets[r]!) resume[r] = text.length;
          else if (consume[r]! >= 0) resume[r] = Math.max(resume[r]!, at + consume[r]!);
        }, g as LiteralGates);
        return out;
      };
      expect(seen(gates), JSON.stringify({ round, unit, length: text.length, budgets, consume })).toEqual(seen(null));
    }
  });

  test.each(Array.from({ length: 14 }, (_, s) => [s]))('a stretch boundary %i characters into literals changes no visit', (s) => {
    // The worker's sweep asks for a jump every REPEAT_STRETCH positions: a literal there must be read as in one pass.
    const index = buildAnchorIndex(LITERALS);
    const owners: AnchorOwners = { owners: index.literals.map(() => Int32Array.of(0)) };
    const text = `${' '.repeat(REPEAT_STRETCH - 2 - s)}-----begin sk-ant-password q~eyj.x key${' '.repeat(3_000)}`;
    const seen = (g: ReturnType<typeof literalGates> | null): string[] => {
      const out: string[] = [];
      (g ? sweepSkippingRepeats : sweepAnchors)(text, index, owners, new Int32Array(1), (_r, n, at) => out.push(`${index.literals[n]}@${at}`), g as LiteralGates);
      return out;
    };
    expect(seen(literalGates(index, owners))).toEqual(seen(null));
    expect(seen(null)).toHaveLength(11);
  });

  test.each([[3], [17]])('the gates\' reach covers all a visit reads: the character before a literal, the literal, the one after, a probe at %i', (offset) => {
    const index = buildAnchorIndex([...LITERALS, 'login_with_api_key']);
    const probes = index.literals.map((lit) => [lit === 'x' ? ([offset, 46] as const) : null]);
    const [back, ahead] = literalGates(index, { owners: index.literals.map(() => Int32Array.of(0)), probes }).reach;
    index.literals.forEach((lit, n) => {
      // The sweep meets a literal at the position of its indexed bigram's second character.
      const at = 100;
      const position = at + 1 + index.offsets[n]!;
      const reads = [at - 1, at + lit.length, ...(probes[n]![0] ? [at + probes[n]![0][0]] : []), position - 3, position + 1];
      for (const read of reads) {
        expect(read, lit).toBeGreaterThanOrEqual(position - back);
        expect(read, lit).toBeLessThan(position + ahead);
      }
    });
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
