import { defineId } from '../lib/define-id';

/**
 * Korean resident registration numbers (RRN, citizens) and foreign registration numbers (FRN):
 * YYMMDD-GSSSSSC. G is 1–4 for citizens, 5–8 for foreign residents (century and sex). Numbers
 * issued since October 2020 no longer carry the mod-11 check digit, so only the birth date and
 * G are validated — which is why the undelimited form needs a context word.
 */
export function validRrn(value: string): boolean {
  const d = value.replace('-', '');
  if (!/^\d{13}$/.test(d)) return false;
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  const g = Number(d[6]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && g >= 1 && g <= 8;
}

export const krRrn = defineId({
  id: 'pii.kr_rrn',
  description: 'Korean resident / foreign registration numbers (주민등록번호, 외국인등록번호).',
  validation: 'YYMMDD birth date + sex/century digit 1–8; undelimited form needs a context word',
  placeholder: 'KR_RRN',
  pattern: /(?<![\d-])\d{6}-?\d{7}(?![\d-])/g,
  digitRun: 7,
  context: ['rrn', 'frn', 'resident registration', 'foreign registration', 'registration number', 'korean', '주민등록번호', '외국인등록번호'],
  validate: validRrn,
  needsContext: (v) => !v.includes('-'),
});
