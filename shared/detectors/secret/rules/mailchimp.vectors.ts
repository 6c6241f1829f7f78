import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.mailchimp_key': {
    positive: [
      { text: 'MAILCHIMP_API_KEY=2fa4cbd79fb6b441e55cd62775017ed3-us21', match: '2fa4cbd79fb6b441e55cd62775017ed3-us21' },
    ],
    negative: [
      'db8fcfa95398884f859f77baa5f72d39-2',
      '245f0a443b04d6aff141eed10cef24c9-al32',
    ],
  },
} satisfies DetectorVectorSet;
