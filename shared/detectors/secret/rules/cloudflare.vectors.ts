import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.cloudflare_key': {
    positive: [
      { text: 'CLOUDFLARE_API_TOKEN=70n4e_Juq8dj0KZyncOCsKZYLojF8n45jfIEdI3y', match: '70n4e_Juq8dj0KZyncOCsKZYLojF8n45jfIEdI3y' },
      { text: 'X-Auth-User-Service-Key: v1.0-ce4bbf5b4d287659214f3d66-20bb96ceaa4d00e7b382a4d1567358f806bb23edd542db04f0bb544c90f1675da37a9eaec0d21382b0c945880e0eb766cea8b1a7c781c921caee1ed02cdb879162ddbcdb316d425e99', match: 'v1.0-ce4bbf5b4d287659214f3d66-20bb96ceaa4d00e7b382a4d1567358f806bb23edd542db04f0bb544c90f1675da37a9eaec0d21382b0c945880e0eb766cea8b1a7c781c921caee1ed02cdb879162ddbcdb316d425e99' },
      { text: 'CLOUDFLARE_API_TOKEN=cfat_DMdsojQfkqUd9QhK0TYsiFZDVHygQF3rrWEYNHRr11fa1c77', match: 'cfat_DMdsojQfkqUd9QhK0TYsiFZDVHygQF3rrWEYNHRr11fa1c77' },
      // CRC32 of the 40 random characters matches the 8 hex digits.
      { text: "CF_API_TOKEN=\"cfat_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CPVNPkef4295ba\"", match: "cfat_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CPVNPkef4295ba" },
      { text: "cloudflare_service_key: \"v1.0-0211670eae679f02e8d28a79023c39c200661fccd268a29a0d347301ef56e64d-c3cd6089065c3146e80a9c222670bbe4f4c54977656cf2d133187c8df95247f2866028de71159b42b4ea410fb9102f29a422eb14ab2f2d0f0cc022238daceee2-092f073ff80b9465aef7ac86d66c7a644fb12853ef86dcfaea21818b904ce608\"", match: "v1.0-0211670eae679f02e8d28a79023c39c200661fccd268a29a0d347301ef56e64d-c3cd6089065c3146e80a9c222670bbe4f4c54977656cf2d133187c8df95247f2866028de71159b42b4ea410fb9102f29a422eb14ab2f2d0f0cc022238daceee2-092f073ff80b9465aef7ac86d66c7a644fb12853ef86dcfaea21818b904ce608" },
    ],
    negative: [
      'cfat_tooshort',
      'cloudflare_zone_id=737b081faec1cd8cf5c82f96ec8fffd4',
      // One character past the checksum: not a token.
      "cfat_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CPVNPkef4295baZ",
    ],
  },
} satisfies DetectorVectorSet;
