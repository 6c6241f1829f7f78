import type { DetectorVectorSet } from '../../../engine/types';

export const vectors = {
  'secret.private_key': {
    positive: [
      {
        text: 'here is the key:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBkq9F3mZ7rT0vXcN2pLwE8sYhUgJ4aKiB6oR1nVtPfMwAAAJg3kLq4N5C6\n-----END OPENSSH PRIVATE KEY-----\nwhy does ssh reject it?',
        match: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBkq9F3mZ7rT0vXcN2pLwE8sYhUgJ4aKiB6oR1nVtPfMwAAAJg3kLq4N5C6\n-----END OPENSSH PRIVATE KEY-----',
      },
      { text: 'AGE-SECRET-KEY-15FERYXHRDZ9M6Y09MR8WRERWZGJ6F8NTXVHXYRDLM5AAHN0T09NL4UJY86' },
      { text: '[Interface]\nPrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=\n', match: 'yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=' },
      // Armour around words, not key material: the header alone says a key was being pasted (low).
      { text: '-----BEGIN EC PRIVATE KEY-----\nthe rest was cut off by the terminal\n-----END EC PRIVATE KEY-----', severity: 'low' },
      { text: 'my wallet private key is 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318', match: '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318' },
    ],
    negative: [
      'tx 0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b confirmed in block 1920000',
      '-----BEGIN PRIVATE KEY-----\n***\n-----END PRIVATE KEY-----\n',
      '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
      '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----',
      'rotate the private key monthly',
      'what does -----BEGIN RSA PRIVATE KEY----- mean at the top of a file?',
      '-----BEGIN RSA PRIVATE KEY-----\npaste your key here\n-----END RSA PRIVATE KEY-----',
    ],
  },
} satisfies DetectorVectorSet;
