import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.heroku_key': {
    positive: [
      { text: 'HEROKU_API_KEY=HRKU-OXkWErmRLt43YdNQs4zxihaBivERTtDtLqDNdPg7FXPkqfQgpnqduubCRxOD', match: 'HRKU-OXkWErmRLt43YdNQs4zxihaBivERTtDtLqDNdPg7FXPkqfQgpnqduubCRxOD' },
      { text: 'heroku_api_key = "39b4b1f5-6ee6-2dd5-a761-8638bcdd0a13"', match: '39b4b1f5-6ee6-2dd5-a761-8638bcdd0a13' },
    ],
    negative: [
      'heroku_app_id = "aa183094-3f84"',
      'HRKU-short',
    ],
  },
} satisfies DetectorVectorSet;
