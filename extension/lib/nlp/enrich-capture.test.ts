import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { DEFAULT_ENFORCEMENT_CONFIG } from '../../../shared/enforcement/config';
import { createScanner } from '../../../shared/engine/scanner';
import type { ScanOptions } from '../../../shared/engine/types';
import { runEntityPass } from '../../../shared/nlp/entity-pass';
import { verdictRegistry } from '../../../shared/nlp/verdict-registry';
import { createHandlers } from '../background/handlers';
import type { PolicyService } from '../policy/policy-service';
import { openSightlineDb } from '../store/db';
import { enrichCaptures, nlpRequestFor, type OnCaptured } from './enrich-capture';
import { createNlpClient, type NlpTransport } from './nlp-client';

const scan = createScanner(verdictRegistry);
const tab: Runtime.MessageSender = {
  url: 'https://chatgpt.com/c/9',
  tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};
const TEXT = 'Patient Maria Gonzalez, maria.g@northwind-mail.com, asked for her lab results';

/** The NLP host, in-process: the same shared code the worker runs. */
const inProcessHost: NlpTransport = async (request) => ({ ok: true, value: { ...runEntityPass(request), ms: 1, loadMs: 0 } });

let dbCount = 0;
function setup(transport: NlpTransport, timeoutMs = 1_000) {
  const db = openSightlineDb(`enrich-test-${++dbCount}`);
  const next = vi.fn<OnCaptured>(async () => undefined);
  let n = 0;
  const handlers = createHandlers({
    db: () => db,
    now: () => 1_700_000_000_000,
    newId: () => `id-${++n}`,
    version: '0.1.0',
    hasHostAccess: async () => true,
    policy: {} as PolicyService,
    saveLocalOptions: async () => {},
    getEnforcementConfig: async () => DEFAULT_ENFORCEMENT_CONFIG,
    scan,
    injectUi: async () => {},
    onCaptured: enrichCaptures({
      nlp: createNlpClient({ transport, timeoutMs }),
      db: () => db,
      scanOptions: () => ({}),
      config: async () => DEFAULT_ENFORCEMENT_CONFIG,
      next,
      onError: () => undefined,
    }),
  });
  const stored = async () => (await db).getAll('events');
  return { handlers, next, stored };
}

describe('NLP enrichment of a capture', () => {
  test('the stored event gains the name, its risk rises, and what the page did stays', async () => {
    const { handlers, next, stored } = setup(inProcessHost);
    const verdict = await handlers['prompt/scan']({ site: 'chatgpt', text: TEXT }, tab);
    expect(verdict.findings.map((f) => f.type)).toEqual(['pii.email']);
    await handlers['prompt/captured']({ site: 'chatgpt', text: TEXT, trigger: 'enter', action: 'allow' }, tab);
    const [event] = await stored();
    expect(event!.findings).toEqual([{ type: 'pii.email', count: 1 }, { type: 'pii.person', count: 1 }]);
    expect(event!.risk).toBeGreaterThan(verdict.risk);
    expect(event!.action).toBe('allow');
    const [sent, result] = next.mock.calls[0]!;
    expect(sent).toEqual(event);
    expect(result.redacted).toContain('[PERSON_1]');
  });

  test('no reply in time: the event is kept as the verdict scan recorded it', async () => {
    const { handlers, next, stored } = setup(() => new Promise(() => undefined), 20);
    await handlers['prompt/captured']({ site: 'chatgpt', text: TEXT, trigger: 'enter' }, tab);
    const [event] = await stored();
    expect(event!.findings).toEqual([{ type: 'pii.email', count: 1 }]);
    expect(next).toHaveBeenCalledWith(event, expect.objectContaining({ findings: [expect.objectContaining({ type: 'pii.email' })] }), TEXT);
  });

  test('the verdict never waits for NLP', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const { handlers, stored } = setup(() => new Promise((resolve) => (answer = resolve)), 60_000);
    const recording = handlers['prompt/captured']({ site: 'chatgpt', text: TEXT, trigger: 'enter' }, tab);
    await vi.waitFor(async () => expect(await stored()).toHaveLength(1)); // stored before NLP answers
    const verdict = await handlers['prompt/scan']({ site: 'chatgpt', text: TEXT }, tab);
    expect(verdict.findings.map((f) => f.type)).toEqual(['pii.email']);
    answer(await inProcessHost({ text: TEXT, spans: [{ start: 24, end: 50, severity: 'medium' }], options: {} }));
    await recording;
    expect((await stored())[0]!.findings).toContainEqual({ type: 'pii.person', count: 1 });
  });
});

describe('what is sent to the NLP host', () => {
  const base = scan(TEXT);
  test.each<[string, string, ScanOptions, boolean]>([
    ['a text with capitals', TEXT, {}, true],
    ['no capital letter: nothing to read', 'maria.g@northwind-mail.com asked', {}, false],
    ['all entity detectors disabled', TEXT, { disabledDetectors: ['pii.person', 'pii.organization', 'pii.location'] }, false],
    ['pii category disabled', TEXT, { categories: { pii: { enabled: false } } }, false],
    ['one entity detector left', TEXT, { disabledDetectors: ['pii.person', 'pii.location'] }, true],
  ])('%s', (_why, text, options, sent) => {
    expect(nlpRequestFor(text, base, options) !== null).toBe(sent);
  });

  test('the verdict PII spans go along; the text is cut at the host limit', () => {
    const request = nlpRequestFor(TEXT + ' x'.repeat(40_000), base, { organizationNames: ['Acme'] })!;
    expect(request.text).toHaveLength(64 * 1024);
    expect(request.spans).toEqual([{ start: 24, end: 50, severity: 'medium' }]);
    expect(request.options).toEqual({});
  });
});
