/**
 * The employee notice: a plain statement, generated from the policy in force, of what Sightline
 * does, what leaves the device and in which form, how long it is kept and whom to ask. Shown on
 * first run and in the popup; employees deserve to know what is collected.
 */
import type { Mode, PrivacyMode } from './enums';
import type { Policy } from './policy';

export interface NoticeSection {
  readonly heading: string;
  readonly lines: readonly string[];
}

export interface EmployeeNotice {
  /** The organisation's own text (`employeeNotice`), shown first when set. */
  readonly organizationText: string | null;
  readonly sections: readonly NoticeSection[];
  readonly noticeUrl: string | null;
}

const MODE_LINE: Record<Mode, string> = {
  monitor: 'Prompts that contain sensitive data are recorded; nothing is stopped.',
  warn: 'Before a prompt with sensitive data is sent, you are asked whether to edit it, redact it or send it anyway.',
  redact: 'Sensitive values in a prompt (keys, personal data) are replaced with placeholders such as [EMAIL_1] before it is sent.',
  block: 'A prompt with sensitive data is not sent; you are told why.',
};

const PRIVACY_LINE: Record<PrivacyMode, string> = {
  metadata:
    'For a flagged prompt: the AI site, the time, the kinds of data found and how many, the action taken and a one-way fingerprint of the prompt. Never the prompt itself.',
  redacted:
    'For a flagged prompt: the AI site, the time, the kinds of data found, the action taken, and the prompt with every detected value replaced by a placeholder.',
  full: 'For a flagged prompt: the AI site, the time, the kinds of data found, the action taken, and the full text of the prompt.',
};

export function employeeNotice(policy: Policy): EmployeeNotice {
  const sends = policy.collectorUrl !== null;
  return {
    organizationText: policy.employeeNotice,
    noticeUrl: policy.noticeUrl,
    sections: [
      {
        heading: 'What Sightline does',
        lines: [
          'Sightline checks what you send to AI chat sites for secrets, personal data, confidential material and attempts to bypass AI safety rules. The check runs on this computer.',
          MODE_LINE[policy.mode],
          'Prompts without sensitive data are not recorded and go through unchanged.',
          'To work on every AI site, Sightline can read pages on all websites; it only inspects what you type, paste or upload on AI sites.',
        ],
      },
      {
        heading: 'What leaves this computer',
        lines: sends
          ? [PRIVACY_LINE[policy.privacyMode], `It is sent to your organisation's collector at ${new URL(policy.collectorUrl ?? '').host}.`]
          : ['Nothing: no collector is configured, so everything stays on this computer.'],
      },
      {
        heading: 'What is kept on this computer',
        lines: [
          `A record of each flagged prompt (site, time, kinds of data found, action) for ${policy.localRetentionDays} days. Never the text of a prompt, except, when your organisation chose full reporting, until it has been sent.`,
        ],
      },
      {
        heading: 'Questions',
        lines: [
          policy.noticeUrl
            ? `Your organisation's AI-use policy: ${policy.noticeUrl}`
            : 'Ask your IT or security team about your organisation’s AI-use policy.',
        ],
      },
    ],
  };
}
