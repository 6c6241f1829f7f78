import nlp from 'compromise';
import type { EntityType } from './types';

/**
 * The full compromise tagger (~0.1 MB/s on the reference machine: 16 ms per 2 KB). It only ever
 * sees short windows chosen by the gate in scan-entities.ts.
 */
export interface Tagged {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
}

interface TermJson {
  readonly offset: { readonly start: number; readonly length: number };
  readonly tags: readonly string[];
}

export function tagWindow(text: string, from: number, to: number): Tagged[] {
  const doc = nlp(text.slice(from, to));
  const out: Tagged[] = [];
  const terms = doc.terms().json({ offset: true }) as { terms: TermJson[] }[];
  for (const t of terms) {
    const term = t.terms[0];
    if (!term) continue;
    const tags = term.tags;
    const type: EntityType | undefined = tags.includes('Person')
      ? 'pii.person'
      : tags.includes('Organization')
        ? 'pii.organization'
        : tags.includes('Place')
          ? 'pii.location'
          : undefined;
    if (type) out.push({ type, start: from + term.offset.start, end: from + term.offset.start + term.offset.length });
  }
  return out;
}

/**
 * compromise builds its model on the first call (~150–250 ms). The worker calls this once at
 * start-up so that cost never lands inside a per-text budget.
 */
export function warmUpTagger(): void {
  tagWindow('Maria Gonzalez flew to Oslo to meet Acme Corp.', 0, 46);
}
