import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'pii.nrp': {
    positive: [
      { text: 'The patient is a devout Muslim and asks for a female doctor', match: 'Muslim' },
      { text: 'she is Nigerian and moved here in 2019', match: 'Nigerian' },
      { text: 'we are proud ecuadoreans', match: 'ecuadoreans' },
      { text: 'He has been a registered Republican since college', match: 'Republican' },
      { text: 'There is a nice new Chechen place downtown', match: 'Chechen' },
    ],
    negative: ['Translate this into English please', 'Polish the draft before Friday', 'a conservative estimate', 'the Spanish translation is off', 'jsonl files'],
  },
} satisfies DetectorVectorSet;
