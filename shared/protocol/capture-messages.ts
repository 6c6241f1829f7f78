import {
  CAPTURE_ACTIONS,
  CAPTURE_CHOICES,
  CAPTURE_TRIGGERS,
  type CaptureAction,
  type CaptureChoice,
  type CapturedFile,
  type CaptureTrigger,
} from '../events/captured-event';
import type { EnforcementConfig } from '../enforcement/config';
import type { Verdict } from '../enforcement/verdict';
import { isRecord, type MessageSpec } from './message-spec';

/** Prompts larger than this are rejected at the boundary; the engine has its own scan budget. */
export const MAX_PROMPT_CHARS = 5 * 1024 * 1024;
/** A justification is a sentence or two, not a place to paste the prompt again. */
export const MAX_JUSTIFICATION_CHARS = 500;
const MAX_FILE_NAME_CHARS = 255;
const SITE_ID = /^[a-z0-9-]{1,32}$/;

export interface CapturedPrompt {
  readonly site: string;
  readonly text: string;
  readonly trigger: CaptureTrigger;
  readonly action?: CaptureAction;
  readonly choice?: CaptureChoice;
  readonly justification?: string;
  readonly file?: CapturedFile;
}

export interface CaptureMessages {
  /** A content script saw a prompt, paste or upload leave the user's hands (recorded). */
  'prompt/captured': {
    request: CapturedPrompt;
    response: { readonly eventId: string };
  };
  /** The composer text as the user types, scanned ahead of submit (never recorded). */
  'prompt/scan': {
    request: { readonly site: string; readonly text: string };
    response: Verdict;
  };
  /** The enforcement policy a content script applies when it has no verdict yet. */
  'capture/config': {
    request: { readonly site: string };
    response: EnforcementConfig;
  };
}

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.some((item) => item === value);

function siteAndText(p: Record<string, unknown>): { site: string; text: string } | string {
  const { site, text } = p;
  if (typeof site !== 'string' || !SITE_ID.test(site)) return 'site must be an adapter id';
  if (typeof text !== 'string') return 'text must be a string';
  if (text.length > MAX_PROMPT_CHARS) return `text exceeds ${MAX_PROMPT_CHARS} characters`;
  return { site, text };
}

function parseFile(value: unknown): CapturedFile | string | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return 'file must be an object';
  const { name, type, size } = value;
  if (typeof name !== 'string' || typeof type !== 'string' || typeof size !== 'number' || size < 0) return 'file must have name, type and size';
  return { name: name.slice(0, MAX_FILE_NAME_CHARS), type: type.slice(0, 100), size };
}

export const CAPTURE_SPECS: { readonly [T in keyof CaptureMessages]: MessageSpec<CaptureMessages[T]['request']> } = {
  'prompt/captured': {
    origin: 'content-script',
    validate: (p) => {
      if (!isRecord(p)) return 'payload must be an object';
      const base = siteAndText(p);
      if (typeof base === 'string') return base;
      const { trigger, action, choice, justification } = p;
      if (!oneOf(CAPTURE_TRIGGERS, trigger)) return 'unknown trigger';
      if (action !== undefined && !oneOf(CAPTURE_ACTIONS, action)) return 'unknown action';
      if (choice !== undefined && !oneOf(CAPTURE_CHOICES, choice)) return 'unknown choice';
      if (justification !== undefined && typeof justification !== 'string') return 'justification must be a string';
      const file = parseFile(p.file);
      if (typeof file === 'string') return file;
      return {
        ...base,
        trigger,
        ...(action === undefined ? {} : { action }),
        ...(choice === undefined ? {} : { choice }),
        ...(justification === undefined ? {} : { justification: justification.slice(0, MAX_JUSTIFICATION_CHARS) }),
        ...(file === undefined ? {} : { file }),
      };
    },
  },
  'prompt/scan': {
    origin: 'content-script',
    validate: (p) => (isRecord(p) ? siteAndText(p) : 'payload must be an object'),
  },
  'capture/config': {
    origin: 'content-script',
    validate: (p) => {
      if (!isRecord(p)) return 'payload must be an object';
      return typeof p.site === 'string' && SITE_ID.test(p.site) ? { site: p.site } : 'site must be an adapter id';
    },
  },
};
