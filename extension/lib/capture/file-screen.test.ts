// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_ENFORCEMENT_CONFIG } from '../../../shared/enforcement/config';
import type { Verdict } from '../../../shared/enforcement/verdict';
import type { CaptureContext } from './capture-context';
import type { DialogRequest, DialogResult } from '../ui/dialog-request';
import { resolveFiles, type ScreenedFile } from './file-screen';

const showDialog = vi.fn(async (_request: DialogRequest): Promise<DialogResult> => ({ choice: 'edit' }));

const ctx = { config: () => DEFAULT_ENFORCEMENT_CONFIG, record: vi.fn(), ui: { show: showDialog } } as unknown as CaptureContext;
const file = (text: string) => new File([text], 'keys.txt', { type: 'text/plain' });
const screened = (capped: boolean, redacted = '[STRIPE_KEY_1] … sk_live_b'): ScreenedFile => ({
  file: file('sk_live_a … sk_live_b'),
  text: 'sk_live_a … sk_live_b',
  verdict: {
    flagged: true,
    risk: 90,
    action: 'warn',
    findings: [],
    // A scan stopped at its findings budget leaves the values after it in `redacted`.
    redacted,
    ...(capped ? { capped: true as const } : {}),
  } satisfies Verdict,
});
const unscanned: ScreenedFile = { file: new File([new Uint8Array(4)], 'photo.png', { type: 'image/png' }), text: null, verdict: null };

describe('resolveFiles in warn mode', () => {
  beforeEach(() => vi.mocked(showDialog).mockClear());

  test('offers "Redact and send" for a complete verdict', async () => {
    await resolveFiles(ctx, [screened(false)], 'file-upload');
    expect(vi.mocked(showDialog).mock.calls[0]![0]).toMatchObject({ kind: 'warn', canRedact: true });
  });

  test.each([
    ['any file was scanned only up to a findings budget', [screened(false), screened(true)]],
    ['redacting would change no file (no finding has a placeholder)', [screened(false, 'sk_live_a … sk_live_b'), unscanned]],
  ])('never offers it when %s', async (_, batch) => {
    await resolveFiles(ctx, batch, 'file-upload');
    expect(vi.mocked(showDialog).mock.calls[0]![0]).toMatchObject({ kind: 'warn', canRedact: false });
  });

  test.each([
    ['send-anyway', ['keys.txt', 'photo.png'], 'sk_live_a … sk_live_b'],
    ['redact', ['keys.txt', 'photo.png'], '[STRIPE_KEY_1] … sk_live_b'],
    ['edit', null, null],
  ] as const)('the user chooses %s: lets in %o', async (choice, names, firstText) => {
    vi.mocked(showDialog).mockResolvedValueOnce({ choice });
    const allowed = await resolveFiles(ctx, [screened(false), unscanned], 'file-upload');
    expect(allowed?.map((f) => f.name) ?? null).toEqual(names);
    if (allowed) expect(await allowed[0]!.text()).toBe(firstText);
  });
});
