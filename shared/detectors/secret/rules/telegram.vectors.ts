import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.telegram_bot_token': {
    positive: [
      { text: 'TELEGRAM_BOT_TOKEN=1396151597:AARkTXQbNEmb9r7dX1H0LtTzG5-JBCU54tJ', match: '1396151597:AARkTXQbNEmb9r7dX1H0LtTzG5-JBCU54tJ' },
      { text: 'https://api.telegram.org/bot730979095:AAShFeNyA318KymgP4Bcs_KvgJb4CuPCK8O/getMe', match: '730979095:AAShFeNyA318KymgP4Bcs_KvgJb4CuPCK8O' },
    ],
    negative: [
      '0943102749:AAPqgrXmScKaS4HfcjLOY-',
      'id7894432589:AAqUAJ2Q3CFk1N5KgSS5EbgkPjGUGJkHvFP',
    ],
  },
} satisfies DetectorVectorSet;
