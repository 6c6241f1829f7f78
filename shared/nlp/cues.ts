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
  'my boss', 'colleague', 'said', 'told', 'met', 'heard', 'ask', 'asked', 'with', 'by', 'to', 'and', 'maiden name', 'name', 'called me',
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
 * Public figures and fictional characters commonly named in prompts ("a poem about Napoleon"):
 * their names are not personal data of the user's customers, so they are downgraded to low.
 */
export const PUBLIC_NAMES = new Set([
  'napoleon', 'einstein', 'albert einstein', 'shakespeare', 'william shakespeare', 'obama', 'barack obama',
  'trump', 'donald trump', 'biden', 'joe biden', 'elon musk', 'taylor swift', 'lincoln', 'abraham lincoln',
  'gandhi', 'mahatma gandhi', 'newton', 'isaac newton', 'darwin', 'charles darwin', 'mozart', 'beethoven',
  'harry potter', 'hermione granger', 'sherlock holmes', 'gandalf', 'frodo', 'batman', 'superman',
  'spider-man', 'mickey mouse', 'santa claus', 'jesus', 'buddha', 'cleopatra', 'julius caesar', 'hitler',
  'stalin', 'churchill', 'winston churchill', 'marie curie', 'steve jobs', 'bill gates', 'mark zuckerberg',
  'richard nixon', 'nixon', 'kennedy', 'john f. kennedy', 'queen elizabeth', 'elvis', 'elvis presley',
]);
