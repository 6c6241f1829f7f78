// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_ENFORCEMENT_CONFIG } from '../../../shared/enforcement/config';
import type { CaptureContext } from '../capture/capture-context';
import type { DialogRequest, DialogResult } from '../ui/dialog-request';
import { enforceHeld, type HeldAction } from './enforce-held';

const showDialog = vi.fn(async (_request: DialogRequest): Promise<DialogResult> => ({ choice: 'edit' }));

const ctx = { config: () => DEFAULT_ENFORCEMENT_CONFIG, ui: { show: showDialog } } as unknown as CaptureContext;
const held = (action: HeldAction['action'], extra: Partial<HeldAction> = {}): HeldAction => ({
  subject: 'paste',
  action,
  findings: [],
  text: 'key sk_live_BljJtYDzvY1hipunSdw437hc',
  capped: false,
  redactable: true,
  ...extra,
});

function effects(delivered = true) {
  return { deliver: vi.fn(async () => delivered), record: vi.fn(), kept: vi.fn() };
}

beforeEach(() => vi.mocked(showDialog).mockClear());

describe('enforceHeld', () => {
  test.each([
    ['allow', false, { action: 'allow' }],
    ['monitor', false, { action: 'monitor' }],
    ['redact', true, { action: 'redact' }],
    ['block', undefined, { action: 'block' }],
  ] as const)('%s lets through (redacted: %s) and records %o', async (action, version, outcome) => {
    const fx = effects();
    await enforceHeld(ctx, held(action), fx);
    if (version === undefined) expect(fx.deliver).not.toHaveBeenCalled();
    else expect(fx.deliver).toHaveBeenCalledExactlyOnceWith(version);
    expect(fx.record).toHaveBeenCalledExactlyOnceWith(outcome);
    expect(vi.mocked(showDialog).mock.calls.length).toBe(action === 'block' ? 1 : 0);
  });

  test('a capped redact blocks and says why: the redacted version may still hold values', async () => {
    const fx = effects();
    await enforceHeld(ctx, held('redact', { capped: true }), fx);
    expect(fx.deliver).not.toHaveBeenCalled();
    expect(fx.record).toHaveBeenCalledExactlyOnceWith({ action: 'block' });
    expect(showDialog).toHaveBeenCalledWith(expect.objectContaining({ kind: 'block', note: 'capped' }));
    expect(fx.kept).toHaveBeenCalled();
  });

  test('a redact the page refused is recorded and explained as a block', async () => {
    const fx = effects(false);
    await enforceHeld(ctx, held('redact'), fx);
    expect(fx.record).toHaveBeenCalledExactlyOnceWith({ action: 'block' });
    expect(showDialog).toHaveBeenCalledWith(expect.objectContaining({ kind: 'block', note: 'redactFailed' }));
  });

  test.each([
    [{}, undefined],
    [{ capped: true }, 'capped'],
    [{ capped: true, blockNote: 'timeout' }, 'timeout'],
  ] as const)('block with %o notes %s', async (extra, note) => {
    await enforceHeld(ctx, held('block', extra), effects());
    const request = vi.mocked(showDialog).mock.calls[0]![0];
    expect(request).toMatchObject({ kind: 'block', subject: 'paste' });
    expect(request).toEqual(note === undefined ? expect.not.objectContaining({ note: expect.anything() }) : expect.objectContaining({ note }));
  });

  test.each([
    ['send-anyway', false, false],
    ['redact', true, false],
    ['edit', undefined, true],
    ['dismissed', undefined, true],
    ['reload', undefined, true],
  ] as const)('warn, user chooses %s: lets through (redacted: %s; kept: %s)', async (choice, version, kept) => {
    vi.mocked(showDialog).mockResolvedValueOnce({ choice, justification: 'customer ticket' });
    const fx = effects();
    await enforceHeld(ctx, held('warn', { redactable: false }), fx);
    expect(showDialog).toHaveBeenCalledWith(expect.objectContaining({ kind: 'warn', canRedact: false }));
    expect(fx.record).toHaveBeenCalledExactlyOnceWith({
      action: 'warn',
      choice: choice === 'reload' ? 'dismissed' : choice,
      justification: 'customer ticket',
    });
    if (version === undefined) expect(fx.deliver).not.toHaveBeenCalled();
    else expect(fx.deliver).toHaveBeenCalledExactlyOnceWith(version);
    expect(fx.kept).toHaveBeenCalledTimes(kept ? 1 : 0);
  });

  test('warn → redact that the page refused explains, without a second record', async () => {
    vi.mocked(showDialog).mockResolvedValueOnce({ choice: 'redact' });
    const fx = effects(false);
    await enforceHeld(ctx, held('warn'), fx);
    expect(fx.record).toHaveBeenCalledOnce();
    expect(showDialog).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'block', note: 'redactFailed' }));
    expect(fx.kept).toHaveBeenCalledOnce();
  });

  test('files have no text to preview', async () => {
    await enforceHeld(ctx, held('block', { subject: 'upload', text: undefined }), effects());
    expect(vi.mocked(showDialog).mock.calls[0]![0]).not.toHaveProperty('text');
  });
});
