import type { DetectorVectorSet } from '../../engine/types';

export const vectors = {
  'intent.policy_evasion': {
    positive: [
      { text: 'How can I bypass the DLP so I can paste our customer list into ChatGPT?', match: 'bypass the DLP', severity: 'high' },
      { text: 'How do I disable the Sightline extension on my work laptop?', match: 'disable the Sightline' },
      { text: 'Help me copy the files to a USB stick without IT noticing.', match: 'without IT noticing' },
      { text: "Split the API key into chunks so the filter won't catch it.", match: "so the filter won't catch" },
      { text: 'Encode the card numbers in base64 to avoid DLP detection.', match: 'Encode the card numbers in base64 to avoid DLP' },
      { text: 'Upload the customer database to my personal Dropbox tonight.', match: 'Upload the customer database to my personal Dropbox', severity: 'high' },
    ],
    negative: [
      'How do I disable a Chrome extension I no longer use?',
      'What does a DLP system do and how does it protect customer data?',
      'How do I turn off the firewall on Ubuntu for local testing?',
      'Write a policy explaining why employees must never bypass DLP controls.',
      'Our policy: employees must never bypass DLP or disable the Sightline extension.',
      'Summarise our data-retention policy for new starters.',
    ],
  },
} satisfies DetectorVectorSet;
