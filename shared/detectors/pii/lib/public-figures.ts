/**
 * Public figures and fictional characters commonly named in prompts ("a poem about Napoleon"):
 * their names are not personal data of the user's customers, so they are downgraded to low.
 */
import { escapeRegex } from '../../../engine/escape-regex';
export const PUBLIC_NAMES = new Set([
  'napoleon', 'einstein', 'albert einstein', 'shakespeare', 'william shakespeare', 'obama', 'barack obama',
  'trump', 'donald trump', 'biden', 'joe biden', 'elon musk', 'taylor swift', 'lincoln', 'abraham lincoln',
  'gandhi', 'mahatma gandhi', 'newton', 'isaac newton', 'darwin', 'charles darwin', 'mozart', 'beethoven',
  'harry potter', 'hermione granger', 'sherlock holmes', 'gandalf', 'frodo', 'batman', 'superman',
  'spider-man', 'mickey mouse', 'santa claus', 'jesus', 'buddha', 'cleopatra', 'julius caesar', 'hitler',
  'stalin', 'churchill', 'winston churchill', 'marie curie', 'steve jobs', 'bill gates', 'mark zuckerberg',
  'richard nixon', 'nixon', 'kennedy', 'john f. kennedy', 'queen elizabeth', 'elvis', 'elvis presley',
]);

/** Characters before a date searched for a public figure's name ("Name: Bill Gates\nBorn: …"). */
const FIGURE_WINDOW = 200;
const FIGURE_RE = new RegExp(`\\b(?:${[...PUBLIC_NAMES].map(escapeRegex).join('|')})\\b`);

/** True when a public figure is named shortly before `start`: their birth date is public record. */
export const nearPublicFigure = (lower: string, start: number): boolean =>
  FIGURE_RE.test(lower.slice(Math.max(0, start - FIGURE_WINDOW), start));
