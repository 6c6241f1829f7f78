import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.gcp_api_key': {
    positive: [
      { text: 'key=AIzagvbRysUiB9ozIfz3hlkV797tpnBPJAVA1Bm', match: 'AIzagvbRysUiB9ozIfz3hlkV797tpnBPJAVA1Bm' },
      { text: '"client_secret":"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"', match: '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' },
      { text: 'Authorization: Bearer ya29.u-M7AsZ7nrsoTV75Y4sxVe9RWlBaTF6E9CPcgYBy9Lmr4PaWbP3gvY1pIXoQOrgRb5vPG5c6qSYhzYTFQy6k1qJAH4DxD3EoA1zCC-A4cGofFQrGZ7iHyEpp', match: 'ya29.u-M7AsZ7nrsoTV75Y4sxVe9RWlBaTF6E9CPcgYBy9Lmr4PaWbP3gvY1pIXoQOrgRb5vPG5c6qSYhzYTFQy6k1qJAH4DxD3EoA1zCC-A4cGofFQrGZ7iHyEpp' },
      { text: 'refresh_token: 1//02LNY2PG17_Dum2JnkOGORtaUrvPq09OIvEzwj9qYUCs19aVmP2GuaEsSuFfGuL8Opk_hjn45p-ed75CnrQSkZ5B70co8w7rqhY2y', match: '1//02LNY2PG17_Dum2JnkOGORtaUrvPq09OIvEzwj9qYUCs19aVmP2GuaEsSuFfGuL8Opk_hjn45p-ed75CnrQSkZ5B70co8w7rqhY2y' },
    ],
    negative: [
      'AIzaP_PTZSjQlojQU3G9dyPq',
      'GOCSPX-short',
      'ya29.abc',
    ],
  },
} satisfies DetectorVectorSet;
