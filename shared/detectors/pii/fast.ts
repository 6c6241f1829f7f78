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
import { memoised } from './lib/memo';

/**
 * The content-script tier: pattern + checksum detectors only. Nothing here may import
 * `libphonenumber-js` or `compromise` (the content bundle budget is 80 KB); a test checks it.
 * Each `detect` is memoised per input so the full registry's entity pass can reuse the spans.
 */
export const piiFastDetectors = {
  'pii.email': memoised(email),
  'pii.card': memoised(card),
  'pii.iban': memoised(iban),
  'pii.us_ssn': memoised(usSsn),
  'pii.uk_nino': memoised(ukNino),
  'pii.ip_address': memoised(ipAddress),
  'pii.ca_sin': memoised(caSin),
  'pii.in_aadhaar': memoised(inAadhaar),
  'pii.uk_nhs': memoised(ukNhs),
  'pii.es_dni': memoised(esDni),
  'pii.it_fiscal_code': memoised(itFiscalCode),
  'pii.sg_nric': memoised(sgNric),
  'pii.tr_tckn': memoised(trTckn),
  'pii.pl_pesel': memoised(plPesel),
  'pii.fi_hetu': memoised(fiHetu),
  'pii.de_tax_id': memoised(deTaxId),
  'pii.au_tfn': memoised(auTfn),
  'pii.au_medicare': memoised(auMedicare),
  'pii.se_personnummer': memoised(sePersonnummer),
  'pii.us_itin': memoised(usItin),
  'pii.kr_rrn': memoised(krRrn),
  'pii.in_pan': memoised(inPan),
  'pii.in_gstin': memoised(inGstin),
  'pii.passport': memoised(passport),
  'pii.driving_licence': memoised(drivingLicence),
  'pii.medical_record': memoised(medicalRecord),
  'pii.date_of_birth': memoised(dateOfBirth),
  'pii.date_time': memoised(dateTime),
  'pii.age': memoised(age),
  'pii.address': memoised(address),
  'pii.postcode': memoised(postcode),
  'pii.url': memoised(url),
  'pii.mac_address': memoised(macAddress),
  'pii.title': memoised(title),
  'pii.nrp': memoised(nrp),
} as const satisfies Record<string, Detector>;
