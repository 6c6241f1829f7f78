/**
 * Every string the in-page dialog shows, in one place for translation. Functions take what varies;
 * none of them ever receives a raw detected value (only masked excerpts). They ship in the dialog's
 * own script (entrypoints/content-ui.ts), not in the content scripts: the page asks for a note by
 * key. The content script's fallback notice has its few strings beside it (ui-loader/notice-strings.ts).
 */
import type { NoteKey, Subject } from './dialog-request';

export const STRINGS = {
  brand: 'Sightline',
  warnTitle: {
    prompt: 'This prompt contains sensitive data',
    paste: 'The pasted text contains sensitive data',
    upload: 'This file contains sensitive data',
  } satisfies Record<Subject, string>,
  blockTitle: {
    prompt: 'This prompt was not sent',
    paste: 'This text was not pasted',
    upload: 'This file was not uploaded',
  } satisfies Record<Subject, string>,
  warnBody: 'Your organisation asks you to check before sharing this with an AI service. Found:',
  blockBody: 'Your organisation does not allow sharing this with AI services. Found:',
  notes: {
    timeout: 'Sightline could not finish checking in time, so it stopped what looks like a secret.',
    redactFailed: 'Sightline could not replace the sensitive parts in this editor, so nothing was sent.',
    capped: 'This text has too many sensitive values for Sightline to check and replace them all safely, so nothing was sent.',
  } satisfies Record<NoteKey, string>,
  edit: 'Edit',
  redactAndSend: { prompt: 'Redact and send', paste: 'Redact and paste', upload: 'Redact and upload' } satisfies Record<Subject, string>,
  sendAnyway: { prompt: 'Send anyway', paste: 'Paste anyway', upload: 'Upload anyway' } satisfies Record<Subject, string>,
  justificationLabel: 'Why do you need to send this? (recorded)',
  close: 'Close',
  policyLink: 'Read the AI usage policy',
  findingLabel: (type: string, count: number) => (count > 1 ? `${typeLabel(type)} (${count})` : typeLabel(type)),
} as const;

/** `secret.aws_access_key` → `Aws access key` (detector ids are the fallback label). */
export function typeLabel(type: string): string {
  const name = type.slice(type.indexOf('.') + 1).replace(/_/g, ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}
