import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.url': {
    positive: [
      { text: 'My website is https://www.JaneDoePhotos.se/', match: 'https://www.JaneDoePhotos.se/' },
      { text: 'I shared the folder at http://files.acme-corp.de/share/4411.', match: 'http://files.acme-corp.de/share/4411' },
      { text: 'see www.kelly-garden.co.uk for details', match: 'www.kelly-garden.co.uk' },
      { text: 'her blog, mariagonzalez.com, is down', match: 'mariagonzalez.com' },
    ],
    negative: ['run setup.py then README.md', 'http://microsoft', 'www.microsoft', 'mail maria@gonzalez.com', 'version 1.2.3'],
  },
} satisfies DetectorVectorSet;
