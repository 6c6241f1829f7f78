import type { Detector } from '../../engine/types';
import { address } from './address';
import { age } from './age';
import { card } from './card';
import { dateOfBirth } from './date-of-birth';
import { dateTime } from './date-time';
import { drivingLicence } from './driving-licence';
import { email } from './email';
import { iban } from './iban';
import { auMedicare } from './ids/au-medicare';
import { auTfn } from './ids/au-tfn';
import { caSin } from './ids/ca-sin';
import { deTaxId } from './ids/de-tax-id';
import { esDni } from './ids/es-dni';
import { fiHetu } from './ids/fi-hetu';
import { inAadhaar } from './ids/in-aadhaar';
import { inGstin, inPan } from './ids/in-pan';
import { itFiscalCode } from './ids/it-fiscal-code';
import { krRrn } from './ids/kr-rrn';
import { plPesel } from './ids/pl-pesel';
import { sePersonnummer } from './ids/se-personnummer';
import { sgNric } from './ids/sg-nric';
import { trTckn } from './ids/tr-tckn';
import { ukNhs } from './ids/uk-nhs';
import { usItin } from './ids/us-itin';
import { ipAddress } from './ip-address';
import { macAddress } from './mac-address';
import { medicalRecord } from './medical-record';
import { nrp } from './nrp';
import { passport } from './passport';
import { postcode } from './postcode';
import { title } from './title';
import { ukNino } from './uk-nino';
import { url } from './web-address';
import { usSsn } from './us-ssn';

/**
 * The content-script tier: pattern + checksum detectors only. Nothing here may import
 * `libphonenumber-js` or `compromise` (the content bundle budget is 80 KB); a test checks it.
 */
export const piiFastDetectors = {
  'pii.email': email,
  'pii.card': card,
  'pii.iban': iban,
  'pii.us_ssn': usSsn,
  'pii.uk_nino': ukNino,
  'pii.ip_address': ipAddress,
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
  'pii.in_gstin': inGstin,
  'pii.passport': passport,
  'pii.driving_licence': drivingLicence,
  'pii.medical_record': medicalRecord,
  'pii.date_of_birth': dateOfBirth,
  'pii.date_time': dateTime,
  'pii.age': age,
  'pii.address': address,
  'pii.postcode': postcode,
  'pii.url': url,
  'pii.mac_address': macAddress,
  'pii.title': title,
  'pii.nrp': nrp,
} as const satisfies Record<string, Detector>;
