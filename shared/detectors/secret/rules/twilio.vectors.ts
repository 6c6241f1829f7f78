import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.twilio_key': {
    positive: [
      { text: 'TWILIO_API_KEY=SK0fcd39a4d824aebf9c5ec6211d3d1d09', match: 'SK0fcd39a4d824aebf9c5ec6211d3d1d09' },
      { text: 'twilio_auth_token: 155e1cd9d00e5d07844d95b18c3a30b7', match: '155e1cd9d00e5d07844d95b18c3a30b7' },
      { text: 'account: AC60203afe59d496ed631e4452415df60f', match: 'AC60203afe59d496ed631e4452415df60f' },
      // Masked, but in the SID format: shown low (masked-token ruling).
      { text: "TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", match: "SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", severity: 'low' },
    ],
    negative: [
      'SK290d94d7efecc22a4e5d',
      'twilio_auth_token: 4697ea93ff69b5257313',
      'TASKaee99add6cd71b8890a6299c08927cae',
      "SKxxxxxxxxxxxx",
      "see the task ACK for details",
    ],
  },
} satisfies DetectorVectorSet;
