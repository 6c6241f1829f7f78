import { ORG_SUFFIXES } from '../../../nlp/cues';

/**
 * Words that, as the last word of a capitalised run of two or more words, make the run an
 * organisation name: legal forms (Inc, Ltd, GmbH, S.A. …) and institution/industry nouns that
 * company names commonly end with ("… Research", "… Service", "… Club"). Lower-case, no dot.
 * Extends the classifier's ORG_SUFFIXES (nlp/cues.ts).
 */
export const ORG_FORM_WORDS: ReadonlySet<string> = new Set([
  ...[...ORG_SUFFIXES].map((w) => w.replace(/\.$/, '')),
  'limited', 'llp', 'lp', 'kg', 'kgaa', 'sarl', 'srl', 'sl', 'bhd', 'pty', 'pte', 'kk', 'ltda', 'se',
  'service', 'research', 'club', 'ventures', 'enterprises', 'industries', 'motors', 'airlines', 'airways',
  'pharmaceuticals', 'pharma', 'laboratories', 'communications', 'electronics', 'logistics', 'healthcare',
  'consultants', 'brands', 'telecom', 'bancorp', 'realty', 'studios', 'agency', 'trust', 'fund',
  'therapeutics', 'biotech', 'dynamics', 'robotics', 'semiconductor', 'semiconductors', 'manufacturing',
  'partnership', 'cooperative', 'union', 'society', 'association', 'council', 'college', 'school',
  'schools', 'academy', 'museum', 'orchestra', 'press', 'publishing', 'hotels', 'foods', 'stores',
]);

/** Company legal forms proper: one of these attaches to the single name before it, even inside a list. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'inc', 'llc', 'ltd', 'plc', 'gmbh', 'ag', 'sa', 'sas', 'bv', 'nv', 'oy', 'ab', 'spa', 'corp', 'corporation',
  'incorporated', 'co', 'limited', 'llp', 'lp', 'kg', 'kgaa', 'sarl', 'srl', 'bhd', 'pty', 'pte', 'ltda', 'kk',
]);

/** Legal forms whose trailing dot belongs to the name ("Miller Ltd.", "Acme Corp."). */
export const DOTTED_ORG_FORMS: ReadonlySet<string> = new Set(['inc', 'ltd', 'corp', 'co', 'bros', 'plc', 'llc']);

/**
 * Unambiguous legal forms recognised even in all-lower-case text ("stillwater supercomputing inc.").
 * Short ambiguous ones ("ag", "as", "co", "sa") are left out: in lower case they are ordinary words.
 */
export const LOWER_LEGAL_FORMS = ['inc', 'llc', 'ltd', 'plc', 'gmbh', 'corp', 'corporation', 'llp', 'incorporated'] as const;

/** Words that cannot start a lower-case organisation name: they belong to the sentence around it. */
export const ORG_LEAD_STOPWORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'at', 'for', 'from', 'is', 'was', 'of', 'with', 'by', 'to', 'in', 'on', 'my', 'our',
  'your', 'their', 'his', 'her', 'its', 'and', 'or', 'works', 'work', 'worked', 'joined', 'employed',
  'i', 'we', 'he', 'she', 'they', 'it', 'this', 'that', 'are', 'be', 'called', 'named', 'about', 'as',
  'per', 'via', 'new', 'old', 'any', 'some', 'every', 'no', 'not', 'than', 'then', 'so', 'but', 'if',
]);
