import { defineId } from '../lib/define-id';

/**
 * Indian Permanent Account Numbers: AAAAA9999A. The fourth letter is the holder type (P person,
 * C company, H HUF, F firm, A AOP, T trust, B BOI, L local authority, J artificial juridical
 * person, G government) per the Income Tax Department; a GSTIN embeds the PAN at positions 3–12.
 */
const PAN_BODY = '[A-Z]{3}[ABCFGHJLPT][A-Z]\\d{4}[A-Z]';
export const validPan = (v: string): boolean => new RegExp(`^${PAN_BODY}$`).test(v);

export const inPan = defineId({
  id: 'pii.in_pan',
  description: 'Indian Permanent Account Numbers (PAN).',
  validation: 'AAAAA9999A layout with a valid holder-type letter',
  placeholder: 'IN_PAN',
  pattern: new RegExp(`(?<![A-Za-z0-9])${PAN_BODY}(?![A-Za-z0-9])`, 'g'),
  digitRun: 4,
  context: ['pan', 'permanent account', 'income tax', 'pan card', 'pan no'],
  validate: validPan,
  needsContext: () => false,
});

/** GSTIN: 2-digit state code (01–38, GST Council list), the holder's PAN, entity number, 'Z', check character. */
export const inGstin = defineId({
  id: 'pii.in_gstin',
  description: 'Indian GST identification numbers (embed the holder’s PAN).',
  validation: 'state code 01–38 + PAN layout + entity digit + Z + check character',
  placeholder: 'IN_GSTIN',
  severity: 'medium',
  // The embedded PAN's holder-type letter is not checked here: state code + 'Z' already anchor it.
  pattern: /(?<![A-Za-z0-9])(?:0[1-9]|[12]\d|3[0-8])[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z](?![A-Za-z0-9])/g,
  digitRun: 4,
  context: ['gst', 'gstin', 'gst registration', 'tax identification'],
  validate: () => true,
  needsContext: () => false,
});
