export { PUBLIC_NAMES } from '../detectors/pii/lib/public-figures';
/**
 * Words around a capitalised sequence that say what it is. Lower-case, matched as whole words in
 * the few words before the sequence (or, for suffixes, its last word).
 */

/** Role nouns and phrases after which a name is about a real, identifiable person (raise to medium). */
export const PERSON_ROLE_CUES = [
  'patient', 'customer', 'employee', 'client', 'applicant', 'candidate', 'tenant', 'member', 'student',
  'resident', 'claimant', 'insured', 'policyholder', 'beneficiary', 'my name is', 'name:', 'name is',
  'full name', 'dear', 'hi', 'hello', 'attn', 'signed', 'regards', 'sincerely',
];
/** Weaker cues: a person, but not necessarily identifying (kept at low unless other PII is near). */
export const PERSON_CUES = [
  ...PERSON_ROLE_CUES, 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'madam', 'i am', "i'm", 'called',
  'named', 'my son', 'my daughter', 'my kid', 'my wife', 'my husband', 'my mother', 'my father', 'my friend',
  'my boss', 'colleague', 'said', 'told', 'met', 'heard', 'ask', 'asked', 'with', 'by', 'to', 'and', 'maiden name', 'name', 'called me', 'says', 'shouted at', 'given', 'call me', 'calls me',
];
export const PLACE_CUES = ['from', 'in', 'to', 'near', 'visit', 'visiting', 'moved to', 'live in', 'lives in', 'born in', 'city of', 'travelling to', 'traveling to', 'based in'];
export const ORG_CUES = ['at', 'works for', 'work for', 'employed by', 'company', 'firm', 'joined', 'from'];

/** Last words that make a sequence an organisation (legal forms and common institution nouns). */
export const ORG_SUFFIXES = new Set([
  'inc', 'inc.', 'llc', 'ltd', 'ltd.', 'plc', 'gmbh', 'ag', 'sa', 'sas', 'bv', 'nv', 'oy', 'ab', 'as', 'spa',
  'corp', 'corp.', 'corporation', 'incorporated', 'company', 'co', 'co.', 'group', 'associates', 'partners',
  'holdings', 'technologies', 'solutions', 'systems', 'bank', 'insurance', 'university', 'institute',
  'foundation', 'hospital', 'clinic', 'labs', 'analytics', 'software', 'services', 'consulting', 'capital',
  'investments', 'markets', 'finance', 'media', 'networks', 'resources', 'bioscience', 'health', 'energy',
]);



/**
 * Phrases right before a sequence that make it a place outright, outranking the weak person cues
 * ("flew to Horten" is not a person even though "to" can precede one).
 */
export const STRONG_PLACE_CUES = [
  'flew to', 'fly to', 'flying to', 'moved to', 'move to', 'went to', 'arrived at', 'arrived in', 'grew up in',
  'born in', 'lives in', 'live in', 'living in', 'based in', 'located in', 'originally from', 'i am in', "i'm in",
  'city of', 'town of', 'home city', 'home town', 'hometown', 'returned to', 'travelling to', 'traveling to',
  'trip to', 'visit', 'visiting', 'where:', 'near', 'year in', 'around the world to',
];
/** Phrases right before a sequence that make it an employer or other organisation. */
export const STRONG_ORG_CUES = [
  'work for', 'works for', 'worked for', 'working for', 'work at', 'works at', 'worked at', 'working at',
  'employed by', 'employed at', 'hired by', 'joined', 'a year at', 'year at', 'intern at', 'job at', 'employer',
  'company', 'later became', 'address of', 'recorded for', 'my company',
];
/** "X is a design agency", "X is an investment bank": what follows names the kind of organisation. */
export const ORG_NOUNS = [
  'company', 'agency', 'bank', 'firm', 'startup', 'corporation', 'organization', 'organisation', 'non-profit',
  'nonprofit', 'charity', 'manufacturer', 'retailer', 'brand', 'provider', 'business', 'consultancy', 'insurer',
  'publisher', 'studio', 'label', 'group', 'enterprise', 'vendor', 'supplier', 'conglomerate', '501(c)3',
  'university', 'school', 'hospital', 'foundation', 'institute', 'orchestra',
];
