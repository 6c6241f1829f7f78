import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.package_registry_token': {
    positive: [
      { text: 'GEM_HOST_API_KEY=rubygems_97b1ce8a858256dddb83a750b7e3eef3507fd7445108d7ca', match: 'rubygems_97b1ce8a858256dddb83a750b7e3eef3507fd7445108d7ca' },
      { text: 'DT_API_TOKEN=dt0c01.HSIXRD0MFKJNPW49NJ23O3J6.ZUBCRE5B4DB76L8LNQPD1VBRI34AI1X68LTOTXPXBCZOGOZ79KW3ZM06XI1HCGSJ', match: 'dt0c01.HSIXRD0MFKJNPW49NJ23O3J6.ZUBCRE5B4DB76L8LNQPD1VBRI34AI1X68LTOTXPXBCZOGOZ79KW3ZM06XI1HCGSJ' },
      { text: 'BREVO_KEY=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', match: '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' },
      { text: 'PREFECT_API_KEY=pnu_NMNPwZfB7xTVZoeKV3m2iiRgrCtnnGwk7oRR', match: 'pnu_NMNPwZfB7xTVZoeKV3m2iiRgrCtnnGwk7oRR' },
      { text: 'PREFECT_API_KEY = "pnu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"', match: 'pnu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', severity: 'low' },
      { text: "TYPEFORM_TOKEN=tfp_4N6OCZFkUUdUYXyVXtwwl6KcChuLc2iNkQkJnOkdsm2F", match: "tfp_4N6OCZFkUUdUYXyVXtwwl6KcChuLc2iNkQkJnOkdsm2F" },
    ],
    negative: [
      'rubygems_2bd17ce7b0',
      "tfp_ToFW6HvWDzwvZ9vRiFFI",
    ],
  },
} satisfies DetectorVectorSet;
