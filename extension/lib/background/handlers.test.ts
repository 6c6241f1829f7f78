import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { DEFAULT_ENFORCEMENT_CONFIG } from '../../../shared/enforcement/config';
import { scan } from '../../../shared/engine/scan';
import { openSightlineDb } from '../store/db';
import { createHandlers } from './handlers';
import type { PolicyService } from '../policy/policy-service';

/** These tests do not exercise policy messages. */
const POLICY_DEPS = {
  policy: {} as PolicyService,
  saveLocalOptions: async () => {},
  onCaptured: async () => {},
  injectUi: async () => {},
};

const tab: Runtime.MessageSender = {
  url: 'https://chatgpt.com/c/9',
  tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};

describe('background handlers', () => {
  test('stores a captured prompt as metadata only and lists it', async () => {
    const db = openSightlineDb('handlers-test');
    let n = 0;
    const handlers = createHandlers({
      db: () => db,
      now: () => 1_700_000_000_000 + n,
      newId: () => `id-${++n}`,
      version: '0.1.0',
      hasHostAccess: async () => true,
      ...POLICY_DEPS,
      getEnforcementConfig: async () => DEFAULT_ENFORCEMENT_CONFIG,
      scan,
    });
    const text = 'my password is hunter2';
    const { eventId } = await handlers['prompt/captured']({ site: 'chatgpt', text, trigger: 'enter' }, tab);
    const { events } = await handlers['events/recent']({ limit: 10 }, {});
    expect(events).toEqual([
      expect.objectContaining({ id: eventId, site: 'chatgpt', host: 'chatgpt.com', capturedAt: 1_700_000_000_001, length: text.length, trigger: 'enter' }),
    ]);
    expect(JSON.stringify(events)).not.toContain('hunter2');
    (await db).close();
  });

  test('reports status', async () => {
    const handlers = createHandlers({
      db: () => Promise.reject(new Error('unused')),
      now: Date.now,
      newId: () => 'x',
      version: '9.9.9',
      hasHostAccess: async () => false,
      ...POLICY_DEPS,
      getEnforcementConfig: async () => DEFAULT_ENFORCEMENT_CONFIG,
      scan,
    });
    expect(await handlers['status/get']({}, {})).toEqual({ version: '9.9.9', hostAccess: false });
  });
});
