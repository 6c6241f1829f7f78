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
];
/** Written before the name: "Rua João Pessoa 1636", "ul. Zamkowa 33", "Via Roma 1". */
export const PREFIX_TYPES = [
  'rua', 'rue', 'via', 'viale', 'piazza', 'piazzale', 'corso', 'largo', 'calle', 'avenida', 'av.', 'avda.',
  'carrer', 'plaza', 'paseo', 'travessa', 'ul.', 'ulica', 'aleja', 'al.', 'chemin', 'allée', 'boulevard',
  'place', 'quai', 'strada', 'odos', 'οδός', 'praça', 'camino', 'carretera',
];
/** Glued to the name: "Bundesstrasse 31", "Östbygatan 14", "Tawastintie 72", "Váci utca 12". */
export const GLUED_SUFFIXES = [
  'straße', 'strasse', 'str.', 'gasse', 'weg', 'allee', 'platz', 'ring', 'damm', 'gatan', 'vägen', 'gränd',
  'vej', 'gade', 'stræde', 'veien', 'vegen', 'gata', 'laan', 'straat', 'plein', 'gracht', 'kade', 'tie',
  'katu', 'kuja', 'polku', 'utca', 'út', 'tér', 'ulice', 'náměstí', 'třída', 'cesta', 'brinken', 'torget',
];
/** Secondary unit designators (USPS Pub. 28 C2). */
export const UNIT_WORDS = '(?:[Aa]pt\\.?|APT\\.?|[Aa]partment|[Ss]uite|SUITE|[Ss]te\\.?|[Uu]nit|[Ff]lat|[Ff]loor|[Ff]l\\.?|[Rr]oom|[Rr]m\\.?|#|[Bb]ox|[Bb]ldg\\.?|[Bb]uilding)';
