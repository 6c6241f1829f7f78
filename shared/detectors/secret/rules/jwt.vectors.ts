import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.jwt': {
    positive: [
      {
        text: 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTgxMjciLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MTAwMDAwMDB9.Qm9n7xV2kq8ZP1rC4tLw0aYdE5sHjU6fNgB3vKcXiTo',
        match: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTgxMjciLCJyb2xlIjoiYWRtaW4iLCJpYXQiOjE3MTAwMDAwMDB9.Qm9n7xV2kq8ZP1rC4tLw0aYdE5sHjU6fNgB3vKcXiTo',
      },
    ],
    negative: [
      'eyJhbasdGciOiJIUaddasdasfsasdasdzI1NiIasdsInR5cCI6IkpXVCasdJasd9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV',
      'the jwt library',
      'eyJAAAA.eyJBBB',
    ],
  },
} satisfies DetectorVectorSet;
