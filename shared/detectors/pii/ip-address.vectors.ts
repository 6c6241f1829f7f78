import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.ip_address': {
    positive: [
      { text: 'login from 81.2.69.142 at 3am', match: '81.2.69.142' },
      { text: 'router at 192.168.0.1', match: '192.168.0.1', severity: 'low' },
      { text: 'host 2400:c401::5054:ff:fe1b:b031 is down', match: '2400:c401::5054:ff:fe1b:b031' },
      { text: '::ffff:192.0.2.1', severity: 'low' },
      { text: '0:0:0:0:0:FFFF:129.144.52.38' },
    ],
    negative: ['version 1.2.3.4', 'v10.0.0.1', '999.1.1.1', 'meet at 10:30:00', 'std::vector<int>', '1.2.3.4.5', '2001:db8:::1'],
  },
} satisfies DetectorVectorSet;
