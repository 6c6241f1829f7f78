// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_ENFORCEMENT_CONFIG } from '../../../shared/enforcement/config';
import type { Verdict } from '../../../shared/enforcement/verdict';
import type { CaptureContext } from './capture-context';
import { resolveFiles, type ScreenedFile } from './file-screen';

vi.mock('../ui/dialog', () => ({ showDialog: vi.fn(async () => ({ choice: 'edit' })) }));
const { showDialog } = await import('../ui/dialog');

const ctx = { config: () => DEFAULT_ENFORCEMENT_CONFIG, record: vi.fn() } as unknown as CaptureContext;
const file = (text: string) => new File([text], 'keys.txt', { type: 'text/plain' });
const screened = (capped: boolean): ScreenedFile => ({
  file: file('sk_live_a … sk_live_b'),
  text: 'sk_live_a … sk_live_b',
  verdict: {
    flagged: true,
    risk: 90,
    action: 'warn',
    findings: [],
    // A scan stopped at its findings budget leaves the values after it in `redacted`.
    redacted: '[STRIPE_KEY_1] … sk_live_b',
    ...(capped ? { capped: true as const } : {}),
  } satisfies Verdict,
});

describe('resolveFiles in warn mode', () => {
  beforeEach(() => vi.mocked(showDialog).mockClear());

  test('offers "Redact and send" for a complete verdict', async () => {
    await resolveFiles(ctx, [screened(false)], 'file-upload');
    expect(vi.mocked(showDialog).mock.calls[0]![0]).toMatchObject({ kind: 'warn', canRedact: true });
  });

  test('never offers it when any file was scanned only up to a findings budget', async () => {
    await resolveFiles(ctx, [screened(false), screened(true)], 'file-upload');
    expect(vi.mocked(showDialog).mock.calls[0]![0]).toMatchObject({ kind: 'warn', canRedact: false });
  });
});
