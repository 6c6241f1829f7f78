import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.address': {
    positive: [
      { text: 'Send it to 1600 Amphitheatre Parkway, Mountain View, CA 94043 please', match: '1600 Amphitheatre Parkway, Mountain View, CA 94043' },
      { text: 'I live at 221B Baker Street, London NW1 6XE.', match: '221B Baker Street, London NW1 6XE' },
      { text: 'Rua João Pessoa 1636' },
      { text: 'Brucker Bundesstrasse 31 Zezig Streets\n Suite 245\n FÜRLING\n Austria 25173.', match: 'Brucker Bundesstrasse 31 Zezig Streets\n Suite 245\n FÜRLING\n Austria 25173' },
      { text: 'PO Box 8316, Springfield', match: 'PO Box 8316, Springfield' },
      { text: 'ship it to 4410 rua das flores 12, porto', match: '4410 rua das flores 12, porto' },
      { text: 'my address: 18 kastanjevej 4, aarhus c', match: '18 kastanjevej 4, aarhus c' },
      { text: '27 Mlýnská 12\nOstrov nad Ohří\nCzech Republic 36301' },
      { text: 'Apartment at 55 avenue du Maine, Paris', match: '55 avenue du Maine, Paris' },
      { text: 'Lena Berg\n\n4120 Quarry St\nSpringvale\n41128\n066 231 8804 office', match: '4120 Quarry St\nSpringvale\n41128' },
      { text: 'Meet at C/ Mayor 14, Madrid', match: 'C/ Mayor 14, Madrid' },
      { text: 'Váci utca 12, Budapest' },
      { text: 'Kaiserring 7, Mannheim' },
    ],
    negative: [
      'between 20 November and 18 December 2022', '(2 Samuel 11:4) Later', 'LA 2028 Summer Olympics July 14–30, 2028', 'Take the first street on the left',
      'We have 3 Park rangers', 'Windows 10 Pro', 'Python 3 way to parse', 'During 2019, Northwind Traders grew fast', 'i have 3 dogs in the park and 2 cats',
      'Spring 2021 catalogue', 'step 3 build 45 on the way', 'Boarding gate 12 closes soon', 'Add String 2 to the list',
    ],
  },
} satisfies DetectorVectorSet;
