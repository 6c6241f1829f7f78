import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.cloudflare_key': {
    positive: [
      { text: 'CLOUDFLARE_API_TOKEN=70n4e_Juq8dj0KZyncOCsKZYLojF8n45jfIEdI3y', match: '70n4e_Juq8dj0KZyncOCsKZYLojF8n45jfIEdI3y' },
      { text: 'X-Auth-User-Service-Key: v1.0-ce4bbf5b4d287659214f3d66-20bb96ceaa4d00e7b382a4d1567358f806bb23edd542db04f0bb544c90f1675da37a9eaec0d21382b0c945880e0eb766cea8b1a7c781c921caee1ed02cdb879162ddbcdb316d425e99', match: 'v1.0-ce4bbf5b4d287659214f3d66-20bb96ceaa4d00e7b382a4d1567358f806bb23edd542db04f0bb544c90f1675da37a9eaec0d21382b0c945880e0eb766cea8b1a7c781c921caee1ed02cdb879162ddbcdb316d425e99' },
      { text: 'CLOUDFLARE_API_TOKEN=cfat_DMdsojQfkqUd9QhK0TYsiFZDVHygQF3rrWEYNHRr11fa1c77', match: 'cfat_DMdsojQfkqUd9QhK0TYsiFZDVHygQF3rrWEYNHRr11fa1c77' },
    ],
    negative: [
      'cfat_tooshort',
      'cloudflare_zone_id=737b081faec1cd8cf5c82f96ec8fffd4',
    ],
  },
} satisfies DetectorVectorSet;
