import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.sendgrid_key': {
    positive: [
      { text: 'SENDGRID_API_KEY=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', match: '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' },
      { text: 'sg.setApiKey("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")', match: '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' },
    ],
    negative: [
      'AG.Pf9K9JZ89IlwEAJZv6XUrx.laSFMHvWLVA-BYcseSwagu0G47KcXHg4Rs2a5E7SaUp',
      'SG.fjIn7uzPJX.v2kkRGNFhcZBT5g7_EsEIojCt-hhQODeVuf0F_uZPwC',
    ],
  },
} satisfies DetectorVectorSet;
