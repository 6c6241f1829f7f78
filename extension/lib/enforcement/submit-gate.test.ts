// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_ENFORCEMENT_CONFIG, type EnforcementMode } from '../../../shared/enforcement/config';
import type { Verdict } from '../../../shared/enforcement/verdict';
import type { CaptureContext } from '../capture/capture-context';
import { VerdictCache } from '../capture/verdict-cache';
import { chatgpt } from '../sites/chatgpt';
import { createSubmitGate, HOLD_LIMIT_MS } from './submit-gate';

vi.mock('./enforce-submit', () => ({ enforceSubmit: vi.fn(async () => undefined) }));
const { enforceSubmit } = await import('./enforce-submit');

const clean: Verdict = { flagged: false, risk: 0, action: 'allow', findings: [], redacted: 'hi' };
const risky: Verdict = { flagged: true, risk: 95, action: 'block', findings: [], redacted: '[X_1]' };

function context(mode: EnforcementMode, scan: (text: string) => Promise<Verdict>, local: Verdict = clean, orphaned = false) {
  const record = vi.fn();
  const ui = { show: vi.fn(async () => ({ choice: 'edit' as const })), prefetch: vi.fn(), orphaned: vi.fn(async () => undefined) };
  const ctx: CaptureContext = {
    adapter: chatgpt,
    cache: new VerdictCache(scan),
    transport: { scan, config: async () => DEFAULT_ENFORCEMENT_CONFIG, record: async () => undefined, orphaned: () => orphaned, loadUi: async () => undefined },
    ui,
    config: () => ({ ...DEFAULT_ENFORCEMENT_CONFIG, mode }),
    refreshConfig: () => undefined,
    localVerdict: () => local,
    verdictOf: scan,
    record,
    dispose: () => undefined,
  };
  return { ctx, record, ui, gate: createSubmitGate(ctx) };
}

const composer = document.createElement('div');
beforeEach(() => vi.mocked(enforceSubmit).mockClear());

describe('submit gate', () => {
  test.each([
    ['a known clean verdict passes at once', clean, 'pass'],
    ['a known risky verdict holds', risky, 'hold'],
  ] as const)('%s', async (_name, verdict, decision) => {
    const { ctx, gate } = context('warn', async () => verdict);
    await ctx.cache.fetch('hi');
    expect(gate(composer, 'hi', 'enter')).toBe(decision);
  });

  test('monitor mode never waits for a verdict', () => {
    const { gate, record } = context('monitor', () => new Promise(() => undefined));
    expect(gate(composer, 'hi', 'enter')).toBe('pass');
    expect(record).toHaveBeenCalledWith({ text: 'hi', trigger: 'enter' });
  });

  test.each([
    ['a risky fast verdict', { ...risky, action: 'warn' as const }, 'warn'],
    ['a clean fast verdict', clean, 'allow'],
  ])(`without a worker answer in ${HOLD_LIMIT_MS} ms, %s decides`, async (_name, local, action) => {
    vi.useFakeTimers();
    const { gate } = context('block', () => new Promise(() => undefined), local);
    expect(gate(composer, 'hi', 'enter')).toBe('hold');
    await vi.advanceTimersByTimeAsync(HOLD_LIMIT_MS);
    expect(enforceSubmit).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ failClosed: true, verdict: expect.objectContaining({ action }) }));
    vi.useRealTimers();
  });

  test('a second submit while one is held is swallowed', () => {
    const { gate } = context('warn', () => new Promise(() => undefined));
    expect(gate(composer, 'hi', 'enter')).toBe('hold');
    expect(gate(composer, 'hi', 'send-button')).toBe('hold');
  });

  test.each([
    ['lets a clean prompt through', clean, 'pass', 0],
    ['stops a risky one and shows its own notice', risky, 'hold', 1],
  ] as const)('an orphaned script %s, recording nothing', async (_name, local, decision, notices) => {
    const { gate, ui, record } = context('warn', () => new Promise(() => undefined), local, true);
    expect(gate(composer, 'hi', 'enter')).toBe(decision);
    await Promise.resolve();
    expect(ui.orphaned).toHaveBeenCalledTimes(notices);
    expect(ui.show).not.toHaveBeenCalled();
    expect(record).not.toHaveBeenCalled();
  });
});
