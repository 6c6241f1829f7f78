import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.dropbox_token': {
    positive: [
      { text: 'DROPBOX_TOKEN=sl.SqPdO9SG-YraljsdEP30SXfVKgp-R-IDBe4jqP5qZPP8SBNaupOKWJwMALc0LaziY4bt-ovrnUaiQ2muTSerx7gzkZhUDUuGEPV7KCRDjhMgvqBUsTkp3danTyFFVAQ0EqV5DYkhuo', match: 'sl.SqPdO9SG-YraljsdEP30SXfVKgp-R-IDBe4jqP5qZPP8SBNaupOKWJwMALc0LaziY4bt-ovrnUaiQ2muTSerx7gzkZhUDUuGEPV7KCRDjhMgvqBUsTkp3danTyFFVAQ0EqV5DYkhuo' },
    ],
    negative: [
      'sl.short',
    ],
  },
} satisfies DetectorVectorSet;
