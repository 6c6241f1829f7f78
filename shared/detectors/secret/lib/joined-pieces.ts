/**
 * Test support for rules that remember their last verdict: random sequences of pieces, joined by a
 * gap wider than anything a rule reads around a value, with the candidates each piece gets when
 * read alone, moved to where it now sits. A remembered verdict reused for the wrong value, or a
 * verdict that depended on what came before, shows as a difference. Not used by any detector.
 */
import type { Candidate } from '../../../engine/types';
import { mulberry32 } from '../../../random/mulberry32';

export interface JoinedCase {
  readonly pieces: readonly string[];
  readonly text: string;
  readonly expected: readonly Candidate[];
}

export function* joinedPieces(
  detect: (text: string) => readonly Candidate[],
  pieces: readonly string[],
  gap: string,
  { seed, rounds = 300, maxPieces }: { seed: number; rounds?: number; maxPieces: number },
): Generator<JoinedCase> {
  const rand = mulberry32(seed);
  for (let round = 0; round < rounds; round++) {
    const chosen = Array.from({ length: 1 + Math.floor(rand() * maxPieces) }, () => pieces[Math.floor(rand() * pieces.length)]!);
    const expected: Candidate[] = [];
    let offset = 0;
    for (const piece of chosen) {
      for (const c of detect(piece)) expected.push({ ...c, start: c.start + offset, end: c.end + offset });
      offset += piece.length + gap.length;
    }
    yield { pieces: chosen, text: chosen.join(gap), expected };
  }
}
