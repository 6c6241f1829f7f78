import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.aws_access_key': {
    positive: [
      { text: 'aws_access_key_id = AKIAVQJXXVBOTHD2WTFL', match: 'AKIAVQJXXVBOTHD2WTFL' },
      { text: 'export AWS_ACCESS_KEY_ID=ASIAHBMUAPTT2ZN5X2PD', match: 'ASIAHBMUAPTT2ZN5X2PD' },
      { text: 'aws_secret_access_key = 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', match: 'hvjwdbT2HwDqzuM14qHOXHlpaBqCefuv2FSJghB6' },
      { text: '"SecretAccessKey": "hRLeos47wGJkcU/0XXkHG5qJwv1MkAuYVbpS0Jso"', match: 'hRLeos47wGJkcU/0XXkHG5qJwv1MkAuYVbpS0Jso' },
    ],
    negative: [
      'AKIA3RFC26TTP2KF is too short',
      'aws_secret_access_key = mmcW3xvY27DfANuRose62CHN4XDEjG1kZA5k',
      'AKIALLQYCKGAVJSGU7XW9 runs into more characters',
    ],
  },
} satisfies DetectorVectorSet;
