import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.mailgun_key': {
    positive: [
      { text: 'MAILGUN_API_KEY=key-fk4cambghmgseol9a2yejlqroapdkyrj', match: 'key-fk4cambghmgseol9a2yejlqroapdkyrj' },
      { text: 'MAILGUN_WEBHOOK_SIGNING_KEY=98ec62ec9854ccec1833fcf08810d2da-aa016fb6-fcd83197', match: '98ec62ec9854ccec1833fcf08810d2da-aa016fb6-fcd83197' },
    ],
    negative: [
      'key-2y2q30tt5flo7m8zdlvq',
      'monkey-nrwbffai8q6ycik5pof1bc72f1ky4asg',
    ],
  },
} satisfies DetectorVectorSet;
