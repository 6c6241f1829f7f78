import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.person': {
    positive: [
      { text: 'Patient Maria Gonzalez was admitted', match: 'Maria Gonzalez', severity: 'medium' },
      { text: 'Dear Samantha, thanks for', match: 'Samantha', severity: 'medium' },
      { text: 'have you heard Malvina Sandberg speak yet?', match: 'Malvina Sandberg', severity: 'low' },
      { text: 'write a poem about Napoleon', match: 'Napoleon', severity: 'low' },
      { text: 'Mrs. Barbara Quennell Apt. 6, Elm Road', match: 'Barbara Quennell' },
      { text: 'hi, my name is zofinka rudlova', match: 'zofinka rudlova', severity: 'low' },
    ],
    negative: ['The quick brown fox', 'Why is the sky blue?', 'Use Python and React for this', 'my name is not important', 'call me back tomorrow'],
  },
  'pii.organization': {
    positive: [
      { text: 'Favian works at Drake PLC now', match: 'Drake PLC' },
      { text: 'Civic Impulse LLC is hiring', match: 'Civic Impulse LLC' },
      { text: 'vendors: Quorbit, Fennick Corporation and Lumask.', match: 'Fennick Corporation' },
      { text: 'vendors: Quorbit, Fennick Corporation and Lumask.', match: 'Lumask' },
      { text: 'we audited Zenvo, Brisk and Harlow Ltd. last year', match: 'Harlow Ltd.' },
      { text: 'I work for 12 Pellmont Tooling Inc', match: '12 Pellmont Tooling Inc' },
      { text: 'ask Varnholt Research about it', match: 'Varnholt Research' },
      { text: 'he is from brannock fieldworks llc.', match: 'brannock fieldworks llc.' },
      { text: 'The Zentrovia office is at 4 Elm Road', match: 'Zentrovia' },
      { text: 'Wanda Kowalczyk of Trellistar is the speaker', match: 'Trellistar' },
    ],
    negative: ['the company is small', 'I like apples', 'the company inc is small', 'please call me back tomorrow', 'we need better customer service'],
  },
  'pii.location': {
    positive: [{ text: 'She moved here from Estonia', match: 'Estonia' }, { text: 'a trip to New Zealand', match: 'New Zealand' }],
    negative: ['the weather is nice', 'go to the shop'],
  },
} satisfies DetectorVectorSet;
