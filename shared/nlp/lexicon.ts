import nlp from 'compromise/two';

/**
 * A gazetteer built once from compromise's own lexicon (~24 k entries: ~3 k given names, ~900
 * surnames, ~500 cities, ~250 countries, ~350 organisations). Looking words up in it costs a Map
 * hit per token, so it runs on every text; the full tagger is reserved for gated windows.
 */
export type Kind = 'given' | 'surname' | 'person' | 'place' | 'org' | 'honorific' | 'word';

let cache: Map<string, Kind> | undefined;

function kindOf(tags: string): Kind {
  if (/FemaleName|MaleName|FirstName/.test(tags)) return 'given';
  if (/LastName/.test(tags)) return 'surname';
  if (/Honorific/.test(tags)) return 'honorific';
  if (/\bPerson\b/.test(tags)) return 'person';
  if (/Country|City|Region|Place/.test(tags)) return 'place';
  if (/Organization|SportsTeam|Company/.test(tags)) return 'org';
  return 'word';
}

export function lexicon(): Map<string, Kind> {
  if (cache) return cache;
  cache = new Map();
  const lex = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tags] of Object.entries(lex)) cache.set(word, kindOf(Array.isArray(tags) ? tags.join(',') : tags));
  return cache;
}

export const lookup = (lowerWord: string): Kind | undefined => lexicon().get(lowerWord);
