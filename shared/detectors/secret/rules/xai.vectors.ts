import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.xai_key': {
    positive: [
      { text: 'XAI_API_KEY=xai-4oHW0nXiOOOCYfXvbnu5Q7WaNggPLrdK2rsMStxL7Tc6b6kz3RtpStijkhZjXYNU5VDY9SvLr8STWNlz', match: 'xai-4oHW0nXiOOOCYfXvbnu5Q7WaNggPLrdK2rsMStxL7Tc6b6kz3RtpStijkhZjXYNU5VDY9SvLr8STWNlz' },
      { text: "XAI_API_KEY=xai-WpcHg7ZU6Dj90pMThdNADhn3dwHjhxCiQADMqOLR_AxXVH0i8sUipEhG5tYGN2wrrNRUKSLmOrWpm8pG", match: "xai-WpcHg7ZU6Dj90pMThdNADhn3dwHjhxCiQADMqOLR_AxXVH0i8sUipEhG5tYGN2wrrNRUKSLmOrWpm8pG" },
    ],
    negative: [
      'xai-short',
    ],
  },
} satisfies DetectorVectorSet;
