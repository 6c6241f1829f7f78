import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.onepassword_token': {
    positive: [
      { text: 'OP_SERVICE_ACCOUNT_TOKEN=ops_eyJFfbAq57HRnjqoMVR1ON-ama8eGUrXyypVlIi3p5-IawuP_Wp4NhsNR5GSqmWK7XFE7OGtFJ5OGLQYeXOQRSJkjq9jgK0-r3KiMgPxNS0RxyxkMk-nXGXqpxYg-KpTiM2P2tMZjz4VnUM_CUrVKaSuyZezSTcYUo17UDqmfGmHtMRZTc4i-rQIw75VYsqpJp7qUIhAsAE', match: 'ops_eyJFfbAq57HRnjqoMVR1ON-ama8eGUrXyypVlIi3p5-IawuP_Wp4NhsNR5GSqmWK7XFE7OGtFJ5OGLQYeXOQRSJkjq9jgK0-r3KiMgPxNS0RxyxkMk-nXGXqpxYg-KpTiM2P2tMZjz4VnUM_CUrVKaSuyZezSTcYUo17UDqmfGmHtMRZTc4i-rQIw75VYsqpJp7qUIhAsAE' },
      { text: 'secret key A3-NUIUR2-6QUVSS-TKR2P-7MMBR-P5LK2-F2ZA0', match: 'A3-NUIUR2-6QUVSS-TKR2P-7MMBR-P5LK2-F2ZA0' },
    ],
    negative: [
      'ops_eyJshort',
    ],
  },
} satisfies DetectorVectorSet;
