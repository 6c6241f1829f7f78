import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.ibm_cloud_key': {
    positive: [
      // `softlayer` inside the URL is seen first (its rarer bigram); the URL pattern must still run.
      { text: 'GET https://api.softlayer.com/soap/v3/k3m9x2q7v5z8w1r4t6y0u2i8o3p5a7s9d1f4g6h8j0l2c5v7b9n1m3q6w8e0r2t4', match: 'k3m9x2q7v5z8w1r4t6y0u2i8o3p5a7s9d1f4g6h8j0l2c5v7b9n1m3q6w8e0r2t4' },
      { text: 'IBM_CLOUD_API_KEY=8bVvuM61hhXii_-Bu9dDz7gsJp1B8Ka4tsR2PnO1-H-k', match: '8bVvuM61hhXii_-Bu9dDz7gsJp1B8Ka4tsR2PnO1-H-k' },
      { text: 'cos_hmac_secret_access_key = "43b3878c9140b7871ebf146061bb5ba05a09da2f63fc27fa"', match: '43b3878c9140b7871ebf146061bb5ba05a09da2f63fc27fa' },
      { text: 'SOFTLAYER_API_KEY=al3ykilk1venzdnn8hzmw9rqpy5u2e7vh1zjbwjegy4uhtak4rhm9vewzoc4pt7y', match: 'al3ykilk1venzdnn8hzmw9rqpy5u2e7vh1zjbwjegy4uhtak4rhm9vewzoc4pt7y' },
    ],
    negative: [
      'CLOUD_APIKEY: "insert_key_here"',
      'softlayer_api_key="%s" % SL_API_KEY_ENV',
    ],
  },
} satisfies DetectorVectorSet;
