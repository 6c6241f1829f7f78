import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.address': {
    positive: [
      { text: 'Send it to 1600 Amphitheatre Parkway, Mountain View, CA 94043 please', match: '1600 Amphitheatre Parkway, Mountain View, CA 94043' },
      { text: 'I live at 221B Baker Street, London NW1 6XE.', match: '221B Baker Street, London NW1 6XE' },
      { text: 'Rua João Pessoa 1636' },
      { text: 'Brucker Bundesstrasse 31 Zezig Streets\n Suite 245\n FÜRLING\n Austria 25173.', match: 'Brucker Bundesstrasse 31 Zezig Streets\n Suite 245\n FÜRLING\n Austria 25173' },
      { text: 'PO Box 8316, Springfield', match: 'PO Box 8316, Springfield' },
    ],
    negative: ['between 20 November and 18 December 2022', '(2 Samuel 11:4) Later', 'LA 2028 Summer Olympics July 14–30, 2028', 'Take the first street on the left', 'We have 3 Park rangers', 'Windows 10 Pro', 'Python 3 way to parse'],
  },
} satisfies DetectorVectorSet;
