/**
 * Street-type vocabulary. Sources: USPS Publication 28 appendix C1 (common suffixes), Royal Mail
 * PAF thoroughfare descriptors, and the usual continental suffixes/prefixes.
 */
export const SUFFIX_TYPES = [
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'av', 'lane', 'ln', 'drive', 'dr', 'boulevard', 'blvd',
  'way', 'court', 'ct', 'place', 'pl', 'terrace', 'ter', 'close', 'crescent', 'cres', 'square', 'sq',
  'highway', 'hwy', 'parkway', 'pkwy', 'circle', 'cir', 'trail', 'trl', 'row', 'walk', 'hill', 'gardens',
  'grove', 'mews', 'green', 'greens', 'park', 'alley', 'plaza', 'pike', 'path', 'crossing', 'point',
  'ridge', 'heights', 'loop', 'run', 'view', 'estate', 'streets', 'flats', 'rise', 'vale', 'wharf', 'quay', 'str', 'u.', 'gateway', 'union', 'parks', 'fort',
  // USPS Pub. 28 C1 names that are rarely anything else after "<number> <Name>".
  'rapids', 'falls', 'creek', 'harbor', 'harbour', 'junction', 'landing', 'meadows', 'mills', 'pines', 'plains', 'springs',
  'valley', 'vista', 'bluff', 'brook', 'bypass', 'canyon', 'causeway', 'cove', 'expressway', 'freeway', 'glen',
  'hollow', 'knoll', 'manor', 'motorway', 'orchard', 'parade', 'turnpike', 'viaduct', 'woods', 'dale', 'hills',
];
/** Written before the name: "Rua João Pessoa 1636", "ul. Zamkowa 33", "Via Roma 1", "C/ Mayor 5". */
export const PREFIX_TYPES = [
  'rua', 'rue', 'via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'calle', 'avenida', 'av.', 'avda.',
  'carrer', 'plaza', 'paseo', 'travessa', 'ul.', 'ulica', 'aleja', 'al.', 'chemin', 'allée', 'boulevard',
  'place', 'quai', 'strada', 'odos', 'οδός', 'praça', 'camino', 'carretera', 'c/',
];
/** Glued to the name: "Bundesstrasse 31", "Östbygatan 14", "Tawastintie 72", "Kaiserring 3". */
export const GLUED_SUFFIXES = [
  'straße', 'strasse', 'str.', 'gasse', 'weg', 'allee', 'platz', 'ring', 'damm', 'gatan', 'vägen', 'gränd',
  'vej', 'gade', 'stræde', 'veien', 'vegen', 'gata', 'laan', 'straat', 'plein', 'gracht', 'kade', 'tie',
  'katu', 'kuja', 'polku', 'utca', 'út', 'tér', 'ulice', 'náměstí', 'třída', 'cesta', 'brinken', 'torget',
];
/**
 * Continental street types written as a word of their own after the name ("Váci utca 12",
 * "Erzsébet tér 19.", "Stensås terrasse 38"): enough, with a number after them, to make a street
 * line without a house number first. English types are not here ("Boarding gate 12").
 */
export const CONTINENTAL_TYPES = [
  'straße', 'strasse', 'gasse', 'weg', 'allee', 'platz', 'damm', 'gatan', 'vägen', 'gränd', 'vej', 'gade', 'stræde',
  'veien', 'vegen', 'gata', 'laan', 'straat', 'plein', 'gracht', 'kade', 'katu', 'kuja', 'polku', 'utca', 'út', 'tér',
  'ulice', 'náměstí', 'třída', 'cesta', 'torget', 'terrasse', 'rkp.', 'krt.', 'trg', 'sokak', 'caddesi',
];
/**
 * Lower-case words inside place names ("Frankfurt am Main", "Ostrov nad Ohří", "Chomutice u
 * Hořic", "Rua da Praia"); only between two name words.
 */
export const NAME_PARTICLES = [
  'de', 'del', 'della', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'la', 'le', 'les', 'di', 'du', 'u',
  'v', 'z', 'ze', 'nad', 'pod', 'na', 'am', 'an', 'im', 'ob', 'bei', 'en', 'sur', 'upon',
];
/** Secondary unit designators (USPS Pub. 28 C2). */
export const UNIT_WORDS = '(?:[Aa]pt\\.?|APT\\.?|[Aa]partment|[Ss]uite|SUITE|[Ss]te\\.?|[Uu]nit|[Ff]lat|[Ff]loor|[Ff]l\\.?|[Rr]oom|[Rr]m\\.?|#|[Bb]ox|[Bb]ldg\\.?|[Bb]uilding)';
/**
 * Street types unambiguous enough to anchor an address in an all-lower-case text (chat logs and
 * exports), where capitals no longer mark the name: "park", "view", "run" are ordinary words there.
 */
export const STRONG_SUFFIXES = [
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'dr', 'boulevard', 'blvd', 'court', 'ct',
  'terrace', 'crescent', 'square', 'sq', 'highway', 'hwy', 'parkway', 'pkwy', 'circle', 'plaza', 'alley', 'mews',
];
/** Words that never belong to a street or place name in an all-lower-case text. */
export const LOWER_STOPWORDS = [
  'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'is', 'are', 'was', 'were',
  'i', 'you', 'he', 'she', 'we', 'they', 'my', 'your', 'our', 'his', 'her', 'their', 'this', 'that', 'it', 'me', 'us',
  'them', 'be', 'have', 'has', 'had', 'not', 'no', 'but', 'if', 'so', 'as', 'then', 'than', 'there', 'here', 'what',
  'where', 'when', 'which', 'who', 'how', 'would', 'could', 'should', 'will', 'can', 'do', 'does', 'did', 'like',
  'please', 'thanks', 'times', 'version', 'build', 'step', 'page', 'chapter', 'item', 'items', 'line', 'lines',
];
