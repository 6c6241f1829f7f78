/**
 * The fallback notice's strings (fallback-notice.ts): the only UI text the content scripts carry.
 * The dialog's own strings live in ui/strings.ts, in the dialog's script.
 */
export const NOTICE_STRINGS = {
  orphaned: 'Sightline was updated. Reload this page so it can check your prompts again; until then, prompts that look like they contain secrets are not sent.',
  unavailable: 'Sightline held this back: it may contain sensitive data, and the details could not be shown. Nothing was sent. Edit it, or reload the page and try again.',
  reload: 'Reload page',
  dismiss: 'Dismiss',
} as const;

export type NoticeKind = 'orphaned' | 'unavailable';
