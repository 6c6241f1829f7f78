// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Verdict } from '../../../shared/enforcement/verdict';
import { chatgpt } from '../sites/chatgpt';
import { installTypingScan, type TypingScan } from './typing-scan';
import { TYPING_DEBOUNCE_MS, VerdictCache } from './verdict-cache';

const clean: Verdict = { flagged: false, risk: 0, action: 'allow', findings: [], redacted: '' };
let scan: ReturnType<typeof vi.fn<(text: string) => Promise<Verdict>>>;
let typing: TypingScan;
let onHeld: ReturnType<typeof vi.fn<() => void>>;
let composer: HTMLElement;

// Real timers: happy-dom delivers mutation records on a timer that fake timers do not drive.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  document.body.innerHTML = '<div id="prompt-textarea" class="ProseMirror" contenteditable="true"><p>draft</p></div>';
  composer = document.querySelector<HTMLElement>('#prompt-textarea')!;
  scan = vi.fn(async () => clean);
  onHeld = vi.fn<() => void>();
  typing = installTypingScan(window, chatgpt, new VerdictCache(scan), onHeld);
});
afterEach(() => {
  typing.dispose();
});

describe('typing scan', () => {
  test('a new composer is scanned at once (a restored draft)', async () => {
    typing.watch(composer);
    await vi.waitFor(() => expect(scan).toHaveBeenCalledExactlyOnceWith('draft'));
  });

  test.each([
    ['an input event', () => composer.dispatchEvent(new Event('input', { bubbles: true }))],
    // An editor that inserts through its own model (a paste into Lexical) fires no `input`.
    ['a DOM change without any input event', () => undefined],
  ])('%s is scanned once typing pauses', async (_name, notify) => {
    typing.watch(composer);
    await vi.waitFor(() => expect(scan).toHaveBeenCalledWith('draft'));
    scan.mockClear();
    composer.querySelector('p')!.textContent = 'draft with more words';
    notify();
    await sleep(TYPING_DEBOUNCE_MS / 2);
    expect(scan).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(scan).toHaveBeenCalledExactlyOnceWith('draft with more words'));
  });

  test.each([
    ['allow', 0],
    ['monitor', 0],
    ['redact', 0],
    ['warn', 1],
    ['block', 1],
  ] as const)('a %s verdict loads the dialog ahead of submit %i time(s)', async (action, times) => {
    scan.mockResolvedValue({ ...clean, flagged: action !== 'allow', action });
    typing.watch(composer);
    await vi.waitFor(() => expect(scan).toHaveBeenCalled());
    await sleep(0);
    expect(onHeld).toHaveBeenCalledTimes(times);
  });
});
