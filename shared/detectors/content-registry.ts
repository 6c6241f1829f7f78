import type { Detector } from '../engine/types';
import { classificationLabel } from './confidential/classification-label';
import { card } from './pii/card';
import { drivingLicence } from './pii/driving-licence';
import { iban } from './pii/iban';
import { auMedicare } from './pii/ids/au-medicare';
import { auTfn } from './pii/ids/au-tfn';
import { caSin } from './pii/ids/ca-sin';
import { deTaxId } from './pii/ids/de-tax-id';
import { esDni } from './pii/ids/es-dni';
import { fiHetu } from './pii/ids/fi-hetu';
import { inAadhaar } from './pii/ids/in-aadhaar';
import { inPan } from './pii/ids/in-pan';
import { itFiscalCode } from './pii/ids/it-fiscal-code';
import { krRrn } from './pii/ids/kr-rrn';
import { plPesel } from './pii/ids/pl-pesel';
import { sePersonnummer } from './pii/ids/se-personnummer';
import { sgNric } from './pii/ids/sg-nric';
import { trTckn } from './pii/ids/tr-tckn';
import { ukNhs } from './pii/ids/uk-nhs';
import { usItin } from './pii/ids/us-itin';
import { medicalRecord } from './pii/medical-record';
import { passport } from './pii/passport';
import { ukNino } from './pii/uk-nino';
import { usSsn } from './pii/us-ssn';
import { secretDetectors } from './secret';

/**
 * Secret rules that can only report `low` stay out. They share one sweep with the others
 * (secret/index.ts), so this drops their findings, not their share of the sweep.
 */
const { 'secret.weak_password': _weakPassword, ...secretTier } = secretDetectors;

const content = {
  ...secretTier,
  'pii.card': card,
  'pii.iban': iban,
  'pii.us_ssn': usSsn,
  'pii.uk_nino': ukNino,
  'pii.ca_sin': caSin,
  'pii.in_aadhaar': inAadhaar,
  'pii.uk_nhs': ukNhs,
  'pii.es_dni': esDni,
  'pii.it_fiscal_code': itFiscalCode,
  'pii.sg_nric': sgNric,
  'pii.tr_tckn': trTckn,
  'pii.pl_pesel': plPesel,
  'pii.fi_hetu': fiHetu,
  'pii.de_tax_id': deTaxId,
  'pii.au_tfn': auTfn,
  'pii.au_medicare': auMedicare,
  'pii.se_personnummer': sePersonnummer,
  'pii.us_itin': usItin,
  'pii.kr_rrn': krRrn,
  'pii.in_pan': inPan,
  'pii.passport': passport,
  'pii.driving_licence': drivingLicence,
  'pii.medical_record': medicalRecord,
  'confidential.classification_label': classificationLabel,
} as const satisfies Record<string, Detector>;

export type ContentDetectorId = keyof typeof content;

/**
 * The content script's tier (issue #8). The page decides alone only when no worker verdict comes
 * within 300 ms, and then only `high`/`critical` findings stop a prompt (`decideFailClosed` in
 * shared/enforcement/decide.ts); everything milder is sent and judged by the worker. So this tier
 * holds exactly the fast-tier detectors whose findings can reach `high` (`maxSeverity`, else
 * `severity`), less the exclusions listed with their reasons in content-tier.ts, and nothing
 * else: the bundle budget is 80 KB. content-registry.test.ts derives the set from the
 * detectors' severities and fails when this list drifts from it.
 *
 * Imports are per detector module (not the category indexes) so the bundle carries only these.
 */
export const contentRegistry: Readonly<Record<ContentDetectorId, Detector>> = content;
