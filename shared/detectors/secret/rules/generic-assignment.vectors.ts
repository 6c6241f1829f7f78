import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.generic_assignment': {
    positive: [
      { text: 'DB_PASSWORD=Xk9#mQ2!vL7pW4zR', match: 'Xk9#mQ2!vL7pW4zR' },
      { text: '"client_secret": "d151c7bc86d545dafe2c1de75e3a1746232q0a2a"', match: 'd151c7bc86d545dafe2c1de75e3a1746232q0a2a' },
      { text: 'mytool --api-key "f9Kq2LmZ8xWp4RtY7vBn3HcJ"', match: 'f9Kq2LmZ8xWp4RtY7vBn3HcJ' },
      { text: 'ACME_TOKEN ?= "a8f3k2m9q4w7e1r5t6y0u2i8"', match: 'a8f3k2m9q4w7e1r5t6y0u2i8' },
      { text: 'my vpn password is Tr0ub4dor&3x, can you fix the script?', match: 'Tr0ub4dor&3x' },
    ],
    negative: [
      'password = "${DB_PASSWORD}"',
      'public_key = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
      'kms_key_id: "555ea4a3-d53a-4412-9c66-3a7cb667b0d6"',
      'LLM_SECRET_NAME = "NEXUS-GPT4-API-KEY"',
      'const token = getToken(request);',
      'key_length = XSalsa20.key_length',
      'Act as a password generator for my team.',
    ],
  },
} satisfies DetectorVectorSet;
