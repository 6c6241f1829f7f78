/**
 * Example inputs, used by tests on both sides of the wire and by the README's event example.
 * The planted values are distinctive so tests can search request bodies for them.
 */
import type { DeviceContext, FlaggedPromptInput } from './inputs';

export const EXAMPLE_DEVICE: DeviceContext = {
  installId: '7d0b8f0e-5a43-4f55-9d0e-3f1b2c9a6e21',
  userId: 'alice@example.com',
  browser: 'chrome',
  extensionVersion: '0.2.0',
};

/** Raw values a detector found; they must never leave the device outside `full` mode. */
export const PLANTED = { awsKey: 'AKIAQ3EGRT7WZ5NXPL4D', email: 'bob.planted@corp-secret.example' } as const;

const PROMPT = `Fix this: key=${PLANTED.awsKey} and mail ${PLANTED.email} please`;
const KEY_AT = PROMPT.indexOf(PLANTED.awsKey);
const MAIL_AT = PROMPT.indexOf(PLANTED.email);

export function exampleFlaggedPrompt(overrides: Partial<FlaggedPromptInput> = {}): FlaggedPromptInput {
  return {
    eventId: '0b7e9c1a-2f4d-4c8e-9a61-5d3f2e1b0c9d',
    time: 1_795_809_438_991,
    device: EXAMPLE_DEVICE,
    app: 'chatgpt',
    host: 'chatgpt.com',
    action: 'warned',
    risk: 87,
    reasons: ['secret.aws_access_key', 'pii.email'],
    findings: [
      { type: 'secret.aws_access_key', category: 'secret', severity: 'critical', start: KEY_AT, end: KEY_AT + PLANTED.awsKey.length },
      { type: 'pii.email', category: 'pii', severity: 'medium', start: MAIL_AT, end: MAIL_AT + PLANTED.email.length },
    ],
    redactedText: 'Fix this: key=[AWS_ACCESS_KEY_1] and mail [EMAIL_1] please',
    rawText: PROMPT,
    privacyMode: 'metadata',
    fingerprint: 'a'.repeat(64),
    policyHash: 'sha256:3f2a',
    ...overrides,
  };
}
