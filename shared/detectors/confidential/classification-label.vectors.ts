import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'confidential.classification_label': {
    positive: [
      { text: 'CONFIDENTIAL\n\nQ3 revenue forecast: 41.2M, down 8%.\nDo not share outside finance.', match: 'CONFIDENTIAL', severity: 'high' },
      { text: 'STRICTLY CONFIDENTIAL – Board minutes, 12 March', match: 'STRICTLY CONFIDENTIAL', severity: 'high' },
      { text: 'Summarise this memo:\nPrivileged & Confidential\nRe: settlement strategy for the Smith matter', match: 'Privileged & Confidential' },
      { text: 'Memo\nWe plan to close the Denver plant.\nStaff will be told in May.\nINTERNAL ONLY', match: 'INTERNAL ONLY' },
      { text: 'Rewrite this: the merger terms are CONFIDENTIAL until the announcement.', match: 'CONFIDENTIAL', severity: 'medium' },
      { text: 'Classification: Restricted\nProject plan for the new data centre', match: 'Restricted' },
    ],
    negative: [
      'What does CONFIDENTIAL mean on a document?',
      'Write a template footer saying confidential',
      'Please keep this confidential between us.',
      'We signed an NDA with the vendor last year, is that normal?',
      'Access to the lab is restricted to staff with badges.',
      'How do I mark a Word document as "Confidential"?',
      'The agenda for Monday includes a standard update.',
    ],
  },
} satisfies DetectorVectorSet;
