// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_ENFORCEMENT_CONFIG } from '../../../shared/enforcement/config';
import type { Verdict } from '../../../shared/enforcement/verdict';
import type { CaptureContext } from '../capture/capture-context';
import type { DialogRequest, DialogResult } from '../ui/dialog-request';
import { enforceSubmit, type HeldSubmit } from './enforce-submit';

const showDialog = vi.fn(async (_request: DialogRequest): Promise<DialogResult> => ({ choice: 'edit' }));

const text = 'sk_live_00000000Qm7Rt2Wx9Kp4Zs8V … sk_live_BljJtYDzvY1hipunSdw437hc';
/** What a scan that stopped at its findings budget gives: the last key is still in `redacted`. */
const partlyRedacted = '[STRIPE_KEY_1] … sk_live_BljJtYDzvY1hipunSdw437hc';
const verdict = (action: Verdict['action'], capped: boolean): Verdict => ({
  flagged: true,
  risk: 90,
  action,
  findings: [],
  redacted: partlyRedacted,
  ...(capped ? { capped: true as const } : {}),
});

function context() {
  const adapter = { writeText: vi.fn(async () => true), submit: vi.fn(async () => true) };
  const record = vi.fn();
  const ctx = {
    adapter,
    config: () => DEFAULT_ENFORCEMENT_CONFIG,
    ui: { show: showDialog },
    record,
  } as unknown as CaptureContext;
  return { ctx, adapter, record };
}

const held = (v: Verdict, failClosed = false): HeldSubmit => ({
  composer: document.createElement('div'),
  text,
  trigger: 'enter',
  verdict: v,
  failClosed,
});

beforeEach(() => vi.mocked(showDialog).mockClear());

describe('enforceSubmit with a capped verdict', () => {
  test.each([false, true])('redact never sends the partly redacted text (fail-closed: %s)', async (failClosed) => {
    const { ctx, adapter, record } = context();
    await enforceSubmit(ctx, held(verdict('redact', true), failClosed));
    expect(adapter.writeText).not.toHaveBeenCalled();
    expect(adapter.submit).not.toHaveBeenCalled();
    expect(record).toHaveBeenCalledWith(expect.objectContaining({ action: 'block' }));
    expect(showDialog).toHaveBeenCalledWith(expect.objectContaining({ kind: 'block', note: 'capped' }));
  });

  test('an uncapped redact still rewrites and sends', async () => {
    const { ctx, adapter, record } = context();
    await enforceSubmit(ctx, held(verdict('redact', false)));
    expect(adapter.writeText).toHaveBeenCalledWith(expect.anything(), partlyRedacted);
    expect(adapter.submit).toHaveBeenCalled();
    expect(record).toHaveBeenCalledWith(expect.objectContaining({ action: 'redact' }));
  });

  test('warn offers no "Redact and send" when capped', async () => {
    const { ctx } = context();
    await enforceSubmit(ctx, held(verdict('warn', true)));
    expect(showDialog).toHaveBeenCalledWith(expect.objectContaining({ kind: 'warn', canRedact: false }));
    await enforceSubmit(ctx, held(verdict('warn', false)));
    expect(showDialog).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'warn', canRedact: true }));
  });

  test('block says why', async () => {
    const { ctx } = context();
    await enforceSubmit(ctx, held(verdict('block', true)));
    expect(showDialog).toHaveBeenCalledWith(expect.objectContaining({ kind: 'block', note: 'capped' }));
  });
});

describe('enforceSubmit records what the fast layer decided alone', () => {
  test.each([
    ['block', false, { action: 'block', choice: 'fail-closed' }],
    ['redact', false, { action: 'redact', choice: 'fail-closed' }],
    ['allow', false, { action: 'allow' }],
  ] as const)('fail-closed %s → %o', async (action, capped, recorded) => {
    const { ctx, record } = context();
    await enforceSubmit(ctx, held(verdict(action, capped), true));
    expect(record).toHaveBeenCalledExactlyOnceWith({ text, trigger: 'enter', ...recorded });
  });

  test('a fail-closed block says the check did not finish in time', async () => {
    const { ctx } = context();
    await enforceSubmit(ctx, held(verdict('block', false), true));
    expect(showDialog).toHaveBeenCalledWith(expect.objectContaining({ kind: 'block', note: 'timeout' }));
  });
});
