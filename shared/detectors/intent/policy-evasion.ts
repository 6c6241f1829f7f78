import type { IntentDetectorSpec } from './make-detector';
import { policyEvasionRules } from './rules/policy-evasion';

/**
 * Policy evasion: the user asks for help getting around the organisation's own controls. The
 * public corpora have no examples of it, so this detector is heuristics only (no model head).
 */
export const policyEvasionSpec: IntentDetectorSpec = {
  id: 'intent.policy_evasion',
  description: 'Policy evasion: asks how to get data past DLP, disable this extension or monitoring, or move work data out unnoticed.',
  validation: 'control-evasion, undetected-transfer, disguise and personal-channel rules (negated mentions such as "must never bypass" are skipped); no model',
  rules: policyEvasionRules,
  head: null,
  vectors: {
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
      'Summarise our data-retention policy for new starters.',
    ],
  },
};
