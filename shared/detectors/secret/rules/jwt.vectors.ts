import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.jwt': {
    positive: [
      {
        text: 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTgxMjciLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MTAwMDAwMDB9.Qm9n7xV2kq8ZP1rC4tLw0aYdE5sHjU6fNgB3vKcXiTo',
        match: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTgxMjciLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MTAwMDAwMDB9.Qm9n7xV2kq8ZP1rC4tLw0aYdE5sHjU6fNgB3vKcXiTo',
      },
      // Header is a closed JSON-like object naming alg/typ but does not parse: still a JWT, lower confidence.
      { text: "token = eyJhbGciOkhTMjU2LCJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ1c2VyLTQ0MTAiLCJzY29wZSI6ImJpbGxpbmc6d3JpdGUiLCJpYXQiOjE3MTIwMDAwMDB9.GTd7FguoV8FWnFbB0JxXujr4qqaaABvvLOzAxzXMcU1", match: "eyJhbGciOkhTMjU2LCJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ1c2VyLTQ0MTAiLCJzY29wZSI6ImJpbGxpbmc6d3JpdGUiLCJpYXQiOjE3MTIwMDAwMDB9.GTd7FguoV8FWnFbB0JxXujr4qqaaABvvLOzAxzXMcU1" },
    ],
    negative: [
      'eyJhbasdGciOiJIUaddasdasfsasdasdzI1NiIasdsInR5cCI6IkpXVCasdJasd9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV',
      'the jwt library',
      'eyJAAAA.eyJBBB',
      // Header cut short (no closing brace): truncated or made up.
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCI.eyJzdWIiOiJ1c2VyLTQ0MTAiLCJzY29wZSI6ImJpbGxpbmc6d3JpdGUiLCJpYXQiOjE3MTIwMDAwMDB9.GTd7FguoV8FWnFbB0JxXujr4qqaaABvvLOzAxzXMcU1",
    ],
  },
} satisfies DetectorVectorSet;
