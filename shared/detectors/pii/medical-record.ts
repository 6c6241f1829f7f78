import type { Detector } from '../../engine/types';
import { hasDigitRun } from './lib/digit-gate';
import { scanLabelled } from './lib/labelled-value';

/** MRNs are facility-specific (HIPAA §164.514 lists them as identifiers), so only labelled values count. */
const SPEC = {
  anchors: ['mrn', 'medical record', 'patient', 'hospital', 'chart', 'health record'],
  label: /(?:MRNs?(?![A-Za-z])|medical record|patient (?:id|number|no)|hospital (?:number|no)|chart (?:number|no)|health record)/iy,
  value: /(?<![A-Za-z0-9-])(?=[A-Za-z0-9-]*\d{3})[A-Za-z0-9][A-Za-z0-9-]{3,14}[A-Za-z0-9](?![A-Za-z0-9-])/,
  reach: 24,
  rule: 'mrn-label',
};

export const medicalRecord: Detector = {
  id: 'pii.medical_record',
  category: 'pii',
  description: 'Medical record / patient numbers next to an MRN or patient-id label.',
  validation: 'alphanumeric 5–16 with ≥3 digits + label',
  severity: 'high',
  placeholder: 'MRN',
  // A value holds three digits in a row (SPEC.value's look-ahead).
  detect: (input) => (hasDigitRun(input, 3) ? scanLabelled(input.text, input.lower, SPEC) : []),
};
