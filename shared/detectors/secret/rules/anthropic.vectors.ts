import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.anthropic_key': {
    positive: [
      { text: 'ANTHROPIC_API_KEY=sk-ant-api03-1ufYvLyonGeuSyX1IHeEgy14IImYd5fn_KVKDGk7fi0B4IIlL3eZOMR0ODa-V4_FFdnh0QDn7veXmZJ83PCGpiRwzhT7oAA', match: 'sk-ant-api03-1ufYvLyonGeuSyX1IHeEgy14IImYd5fn_KVKDGk7fi0B4IIlL3eZOMR0ODa-V4_FFdnh0QDn7veXmZJ83PCGpiRwzhT7oAA' },
      { text: 'x-api-key: sk-ant-admin01-sgQX7kxm1iNWjnrhAfA87xWmT1FdrdjNrDZqqwK8hD-kfBFuWM5tqUzXlqz35bQEWVOsfXHFReW0BvctVMIAxCAak9g0wAA', match: 'sk-ant-admin01-sgQX7kxm1iNWjnrhAfA87xWmT1FdrdjNrDZqqwK8hD-kfBFuWM5tqUzXlqz35bQEWVOsfXHFReW0BvctVMIAxCAak9g0wAA' },
    ],
    negative: [
      'sk-ant-api03-short',
      'sk-ant-UIW6RwiJ0leIrLWyJQZERTeMTwsGZ3fsdW0Wo0SozGJon_YTR2fHHkTNelT5hLRmvH9gkEqTW3LGhur_wutpoSkHOI',
    ],
  },
} satisfies DetectorVectorSet;
