/** What the capture tests type, paste and upload. Keys are synthetic (fake but live-format). */
export const RISKY_PROMPT =
  'Deploy with AKIAZ3MSJV4WQ5TXGN7P and secret aws_secret_access_key=Zx9k3LmQ7vB2nR8tY4wE1pA6sD0fG5hJ3kL9mN2q then mail jane.doe@acme-corp.com';
export const RISKY_REDACTED =
  'Deploy with [AWS_ACCESS_KEY_1] and secret aws_secret_access_key=[AWS_SECRET_KEY_1] then mail [EMAIL_1]';
export const SECRET_PART = 'Zx9k3LmQ7vB2nR8t';

export const CLEAN_PROMPT = 'Summarise the Q3 board minutes in three bullet points';

export const PRIVATE_KEY = [
  '-----BEGIN RSA PRIVATE KEY-----',
  'MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi3Xe8uXvGZbcw1QkVpx1pD9A0T',
  'k2J8f4Hq7n4zq2XcL0mJ3u1o9WbYvE6sT8rPqN5aZgKdF2hGtY7uI1oLkMnBvCxQ',
  'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3kL5mN7pQ9rS1tU3v',
  'W5xY7zA9bC1dE3fG5hJ7kL9mN1pQ3rS5tU7vW9xY1zA3bC5dE7fG9hJ1kL3mN5pQ',
  '-----END RSA PRIVATE KEY-----',
].join('\n');
export const KEY_BODY_PART = 'MIIEpAIBAAKCAQEA3Tz2';

export const CARDS_CSV =
  'customer,payment method\nAlice Smith,Visa card 4539-1488-0343-6467\nBob Jones,Mastercard card 5425-2334-3010-9903\n';
export const CARD_NUMBER = '4539-1488-0343-6467';

/** A text file of deployment notes, dragged onto the composer. */
export const NOTES_WITH_KEY = 'Staging deploy notes\nregion=eu-west-1\naws_secret_access_key=Zx9k3LmQ7vB2nR8tY4wE1pA6sD0fG5hJ3kL9mN2q\n';
