import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.discord_token': {
    positive: [
      { text: 'DISCORD_TOKEN=MTEzBLx7DxeHCKpcFfvQx8EeMZ.Gk1iJF.AyRKL1x2GzEQ7DvP7Y36zGPwJWkeznSmV4SbGc', match: 'MTEzBLx7DxeHCKpcFfvQx8EeMZ.Gk1iJF.AyRKL1x2GzEQ7DvP7Y36zGPwJWkeznSmV4SbGc' },
      { text: 'https://discord.com/api/webhooks/123495687067255765/QfExGmtp8ju5gTnyK7F0ZHuI3hmZoOpiKNeun8N9Fp0u_Wrfan8I8kUd0kqZjlRw4GDp', match: 'https://discord.com/api/webhooks/123495687067255765/QfExGmtp8ju5gTnyK7F0ZHuI3hmZoOpiKNeun8N9Fp0u_Wrfan8I8kUd0kqZjlRw4GDp' },
    ],
    negative: [
      'MZ1yGvKTj0rY0cV8i47CjAa.uHQPq.Xb1Mk2nEhe-4icrGOuegj57zMC',
      'discord.com/api/webhooks/123/abc',
    ],
  },
} satisfies DetectorVectorSet;
