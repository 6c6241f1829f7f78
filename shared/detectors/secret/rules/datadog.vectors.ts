import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.datadog_key': {
    positive: [
      { text: 'DD_API_KEY=b63e108337eb77e57f705b1bc4107831', match: 'b63e108337eb77e57f705b1bc4107831' },
      { text: 'datadog_app_key: "76a4744f4b6b4a0cbaf7409cd529372426f55af0"', match: '76a4744f4b6b4a0cbaf7409cd529372426f55af0' },
      { text: 'datadog-secrettoken-f8a5892fc57f880e255e8e20ecf8a4f0', match: 'f8a5892fc57f880e255e8e20ecf8a4f0' },
    ],
    negative: [
      'DD_API_KEY=${DD_API_KEY}',
      'dd_api_key=9d0285c8b974c55ab2eb',
    ],
  },
} satisfies DetectorVectorSet;
