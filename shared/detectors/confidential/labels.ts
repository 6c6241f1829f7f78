import type { Severity } from '../../engine/types';

/**
 * Classification markings, lower-case. `labelSeverity` applies when the phrase is used as a label
 * (a line of its own, a header/footer, `Classification: …`), `severity` when it appears in a
 * sentence. `labelOnly` phrases are ordinary words or acronyms in prose ("an NDA", "restricted
 * access"), so they count only as labels. Sources: ISO 27001 example schemes, US CUI/FOUO
 * markings, common legal markings.
 */
export interface LabelSpec {
  readonly phrase: string;
  readonly severity: Severity;
  readonly labelSeverity: Severity;
  readonly labelOnly?: boolean;
}

export const LABELS: readonly LabelSpec[] = [
  { phrase: 'strictly confidential', severity: 'high', labelSeverity: 'high' },
  { phrase: 'highly confidential', severity: 'high', labelSeverity: 'high' },
  { phrase: 'company confidential', severity: 'high', labelSeverity: 'high' },
  { phrase: 'proprietary and confidential', severity: 'high', labelSeverity: 'high' },
  { phrase: 'confidential and proprietary', severity: 'high', labelSeverity: 'high' },
  { phrase: 'privileged and confidential', severity: 'high', labelSeverity: 'high' },
  { phrase: 'privileged & confidential', severity: 'high', labelSeverity: 'high' },
  { phrase: 'attorney-client privileged', severity: 'high', labelSeverity: 'high' },
  { phrase: 'attorney-client privilege', severity: 'high', labelSeverity: 'high' },
  { phrase: 'attorney client privileged', severity: 'high', labelSeverity: 'high' },
  { phrase: 'trade secret', severity: 'medium', labelSeverity: 'high' },
  { phrase: 'top secret', severity: 'medium', labelSeverity: 'high', labelOnly: true },
  { phrase: 'confidential', severity: 'medium', labelSeverity: 'high' },
  { phrase: 'for internal use only', severity: 'medium', labelSeverity: 'medium' },
  { phrase: 'internal use only', severity: 'medium', labelSeverity: 'medium' },
  { phrase: 'internal only', severity: 'medium', labelSeverity: 'medium' },
  { phrase: 'do not distribute', severity: 'medium', labelSeverity: 'medium' },
  { phrase: 'not for distribution', severity: 'medium', labelSeverity: 'medium' },
  { phrase: 'do not forward', severity: 'medium', labelSeverity: 'medium' },
  { phrase: 'for official use only', severity: 'medium', labelSeverity: 'medium' },
  { phrase: 'under nda', severity: 'medium', labelSeverity: 'medium' },
  { phrase: 'nda', severity: 'medium', labelSeverity: 'medium', labelOnly: true },
  { phrase: 'fouo', severity: 'medium', labelSeverity: 'medium', labelOnly: true },
  { phrase: 'restricted', severity: 'medium', labelSeverity: 'medium', labelOnly: true },
  { phrase: 'embargoed', severity: 'medium', labelSeverity: 'medium', labelOnly: true },
];

/**
 * Words around a marking that show the user is talking *about* the marking — asking what it means,
 * asking for a template or footer — rather than pasting a marked document.
 */
export const META_WORDS = [
  'mean', 'definition', 'define', 'what is', 'what does', 'template', 'footer', 'header', 'watermark',
  'stamp', 'the word', 'the term', 'example', 'how do i', 'how to', 'explain', 'difference between',
  'write a', 'draft a', 'create a', 'generate a', 'saying', 'marked as', 'label', 'classify', 'translate',
];
