/**
 * Wires sync into the worker (issue 7): a sync client built from the effective policy and rebuilt
 * when the sync settings change, the 30 s alarm and `online` flushes, flagged captures into the
 * outbox, and the records about Sightline itself (hourly `device_status`, daily usage summaries,
 * `policy_error`, `outbox_drops`). Everything persistent is in IndexedDB or `storage.local`; what
 * is held here is only a memo of the current client. The browser comes in as a `SyncEnv`, so
 * `start-sync.test.ts` runs this glue with fakes.
 */
import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { buildPromptFinding } from '../../../shared/events/ocsf/build-finding';
import { startOfUtcHour } from '../../../shared/events/ocsf/build-telemetry';
import type { DeviceContext } from '../../../shared/events/ocsf/inputs';
import type { Policy } from '../../../shared/policy/policy';
import type { EffectivePolicy } from '../../../shared/policy/resolve';
import type { PolicyService } from '../policy/policy-service';
import { POLICY_ERRORS_KEY } from '../policy/storage-keys';
import type { SightlineDb } from '../store/db';
import { SENT_POLICY_ERRORS_MAX, heartbeat, policyHash, unsentPolicyErrors } from '../sync/housekeeping';
import { scheduleSync } from '../sync/schedule';
import type { SyncClient } from '../sync/sync-client';
import { browserSyncEnv, type SyncEnv } from '../sync/sync-env';
import { updateSyncState } from '../sync/sync-state';
import { exposeSyncTestHooks, exposeWorkerTestHooks, type SyncTestHooks, type WorkerTestHooks } from '../sync/test-hooks';
import { promptFingerprint } from '../sync/webcrypto-hmac';
import { emitUsageSummaries } from '../usage/emit-usage';
import type { BackgroundDeps } from './deps';
import { flaggedPromptInput } from './flagged-input';

export const LAST_HEARTBEAT_KEY = 'sightline.lastHeartbeatHour';
const SENT_POLICY_ERRORS_KEY = 'sightline.policyErrorsSent';
const BULK_CONCURRENCY = 100;
/** Flagged by the engine (AWS key + e-mail; synthetic), and short: ~1.5 ms a scan, so 10,000 fit an e2e. */
const BULK_TEXT = 'AKIAZ3MSJV4WQ5TXGN7P jane.doe@acme-corp.com';

type Route = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown>;
interface Active { readonly client: SyncClient; readonly device: DeviceContext }

export interface SyncWiring {
  readonly onCaptured: BackgroundDeps['onCaptured'];
  /** Test builds only: `self.__sightlineTest`, driving the same router as content scripts. */
  exposeTestHooks(route: Route): void;
}

const onError = (error: unknown) => console.error('[Sightline] sync:', error);
const hashes = new WeakMap<Policy, Promise<string>>();
const hashOf = (values: Policy) => hashes.get(values) ?? hashes.set(values, policyHash(values)).get(values)!;

/** Call once, synchronously, at every worker start (the alarm listener must exist in time). */
export function startSync(policy: PolicyService, db: () => Promise<SightlineDb>, env: SyncEnv = browserSyncEnv()): SyncWiring {
  let current: { signature: string; active: Promise<Active | null> } | undefined;
  const activeFor = (effective: EffectivePolicy): Promise<Active | null> => {
    const { collectorUrl, enrollmentToken, outboxMaxEvents, userId } = effective.values;
    const signature = JSON.stringify([collectorUrl, enrollmentToken, outboxMaxEvents, userId]);
    if (current?.signature !== signature) current = { signature, active: build(effective.values, db, env).catch((e: unknown) => { current = undefined; throw e; }) };
    return current.active;
  };
  const active = async () => activeFor(await policy.current());

  const tick = async (): Promise<unknown> => {
    const a = await active();
    if (!a) return 'unconfigured';
    await housekeeping(a, await policy.current(), db, env).catch(onError);
    return a.client.flush();
  };
  // New settings (e.g. a collector URL just set): enroll and send now, not at the next alarm.
  policy.onChange((effective) => void activeFor(effective).then((a) => (a ? tick() : undefined)).catch(onError));
  scheduleSync({ alarms: env.alarms, onOnline: env.onOnline, flush: tick, onError });

  return {
    async onCaptured(event, result, text) {
      if (!result.flagged) return; // Unflagged prompts never leave the device.
      const a = await active();
      // No collectorUrl: nothing is queued or sent. The local event store has already recorded it.
      if (!a) return;
      const { values } = await policy.current();
      const [fingerprint, hash] = await Promise.all([promptFingerprint(await db(), text), hashOf(values)]);
      await a.client.record(buildPromptFinding(flaggedPromptInput(event, result, text, {
        device: a.device, privacyMode: values.privacyMode, policyHash: hash, ...(fingerprint ? { fingerprint } : {}),
      })));
    },
    exposeTestHooks(route) {
      exposeWorkerTestHooks(globalThis as { __sightlineTest?: WorkerTestHooks }, () => ({
        tick,
        clearBackoff: async () => void (await updateSyncState(await db(), { attempt: 0, nextAttemptAt: 0 })),
        async captureBulk(n, text = BULK_TEXT) {
          const sender = { id: browser.runtime.id, url: 'https://chatgpt.com/', tab: { id: -1 } } as Runtime.MessageSender;
          const message = { type: 'prompt/captured', payload: { site: 'chatgpt', text, trigger: 'enter' } };
          let recorded = 0;
          for (let done = 0; done < n; done += BULK_CONCURRENCY) {
            const replies = await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, n - done) }, () => route(message, sender)));
            recorded += replies.filter((r) => (r as { ok?: boolean }).ok).length;
          }
          return recorded;
        },
      }));
    },
  };
}

async function build(values: Policy, db: () => Promise<SightlineDb>, env: SyncEnv): Promise<Active | null> {
  if (!values.collectorUrl) return null;
  const device = await env.deviceFor(values);
  const client = env.createClient(
    { ...device, collectorUrl: values.collectorUrl, enrollmentToken: values.enrollmentToken ?? '', outboxMaxEvents: values.outboxMaxEvents },
    db,
  );
  exposeSyncTestHooks(globalThis as { __sightlineSync?: SyncTestHooks }, client);
  return { client, device };
}

/** Heartbeat (at most hourly), finished days' usage summaries, unsent policy errors, then the loss report. */
async function housekeeping({ client, device }: Active, { values }: EffectivePolicy, db: () => Promise<SightlineDb>, env: SyncEnv): Promise<void> {
  const stored = await env.storage.get([LAST_HEARTBEAT_KEY, SENT_POLICY_ERRORS_KEY, POLICY_ERRORS_KEY]);
  const status = await client.status();
  const now = env.now();
  const beat = heartbeat({ device, values, policyHash: await hashOf(values), outboxSize: status.queued, deadLetters: status.deadLettered }, stored[LAST_HEARTBEAT_KEY], now);
  if (beat) {
    await client.record(beat);
    await env.storage.set({ [LAST_HEARTBEAT_KEY]: startOfUtcHour(now) });
  }
  await emitUsageSummaries(await db(), (event) => client.record(event), device, now);
  const sent = Array.isArray(stored[SENT_POLICY_ERRORS_KEY]) ? (stored[SENT_POLICY_ERRORS_KEY] as string[]) : [];
  const errors = unsentPolicyErrors(stored[POLICY_ERRORS_KEY], sent, device, values.enrollmentToken ? [values.enrollmentToken] : []);
  for (const { event } of errors) await client.record(event);
  if (errors.length) await env.storage.set({ [SENT_POLICY_ERRORS_KEY]: [...sent, ...errors.map((e) => e.id)].slice(-SENT_POLICY_ERRORS_MAX) });
  await client.reportLosses();
}
