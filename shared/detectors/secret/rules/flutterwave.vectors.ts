import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.flutterwave_key': {
    positive: [
      { text: 'FLW_SECRET_KEY=FLWSECK-1663cdd9ef23945fa5678aa34419ae9e-X', match: 'FLWSECK-1663cdd9ef23945fa5678aa34419ae9e-X' },
      { text: 'FLW_SECRET_KEY=FLWSECK_TEST-04449d06b651f6f8868edbe56cddc796-X', match: 'FLWSECK_TEST-04449d06b651f6f8868edbe56cddc796-X' },
    ],
    negative: [
      'FLWPUBK-57807cee0c80b7b5a0aa9dce40833606-X',
    ],
  },
} satisfies DetectorVectorSet;
