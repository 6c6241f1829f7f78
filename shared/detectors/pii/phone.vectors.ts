import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.phone': {
    positive: [
      { text: 'Call me on +44 20 7946 0958 tomorrow', match: '+44 20 7946 0958' },
      { text: 'my number is (602) 272-9781', match: '(602) 272-9781' },
      { text: 'Phone:\n467 3395', match: '467 3395' },
      { text: 'ring 0680 298 70 63 after six', match: '0680 298 70 63' },
      { text: 'call (415) 555-0132 for the demo', match: '(415) 555-0132', severity: 'low' },
      { text: 'Phone: (123) 456-7891', match: '(123) 456-7891', severity: 'low' },
      { text: '(37) 788-063-Office', match: '(37) 788-063' },
      { text: "They're not answering at 78 651 450", match: '78 651 450' },
      { text: 'Desk: +1-903-140-4508x769', match: '+1-903-140-4508x769' },
      { text: 'Fax: +46 (0)157 548 89 00 today', match: '+46 (0)157 548 89 00' },
      { text: 'text her at 09283417765 tonight', match: '09283417765' },
      { text: '05413392810', match: '05413392810' },
    ],
    negative: ['- 1.3 (2026-01-15) Added changelog', 'write 800-1000 words', 'per NY/T 875-2022 rules', 'User: Keith (105037970)', 'released 2021-05-21', 'version 10.2.3.4', 'order 20230415 shipped', 'pi is 3.14159265', 'invoice 4155550132', 'CEP: 04538-133', 'the office is at 20571 4410 Larkspur Drive, Unit 4', 'ref 412 77 9033 attached', 'batch 1234567890', '8123456789'],
  },
} satisfies DetectorVectorSet;
