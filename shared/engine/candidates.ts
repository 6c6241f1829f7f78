import type { Candidate, Candidates } from './types';

/**
 * Marks a detector's list as stopped at a cap of its own, with text left unread (see
 * `Candidates`). The flag is non-enumerable, so equality checks and spreads ignore it.
 */
export function markCapped(out: Candidate[]): Candidates {
  return Object.defineProperty(out, 'capped', { value: true });
}
