/**
 * Wires the policy layer into the worker: storage access, live updates from managed storage and
 * the options page, blocked-app rules, `policy_error` records, and the notice on first install.
 */
import { browser } from 'wxt/browser';
import { applyBlockedApps } from '../policy/apply-blocked-apps';
import { mergePolicyErrors, type PolicyErrorRecord } from '../policy/policy-errors';
import { createPolicyService, type PolicyService } from '../policy/policy-service';
import { readManaged } from '../policy/read-managed';
import { LOCAL_OPTIONS_KEY, POLICY_CACHE_KEY, POLICY_ERRORS_KEY } from '../policy/storage-keys';

const NOTICE_PAGE = '/notice.html';

export function startPolicy(): PolicyService {
  const policy = createPolicyService({
    readManaged,
    readLocalOptions: async () => (await browser.storage.local.get(LOCAL_OPTIONS_KEY))[LOCAL_OPTIONS_KEY],
    readCache: async () => (await browser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY],
    writeCache: (cache) => browser.storage.local.set({ [POLICY_CACHE_KEY]: cache }),
  });

  policy.onChange(async (effective) => {
    await applyBlockedApps(effective.values.blockedApps).catch((error: unknown) => {
      console.error('[Sightline] could not apply blocked apps:', error);
    });
    if (effective.issues.some((issue) => issue.source === 'managed')) {
      const stored = (await browser.storage.local.get(POLICY_ERRORS_KEY))[POLICY_ERRORS_KEY];
      const records = mergePolicyErrors(Array.isArray(stored) ? (stored as PolicyErrorRecord[]) : [], effective.issues, Date.now());
      await browser.storage.local.set({ [POLICY_ERRORS_KEY]: records });
    }
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && LOCAL_OPTIONS_KEY in changes)) void policy.refresh();
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(NOTICE_PAGE) });
  });

  // Re-read at every worker start: managed policy may have changed while the worker slept.
  void policy.refresh();
  return policy;
}

export async function saveLocalOptions(options: Readonly<Record<string, unknown>>): Promise<void> {
  await browser.storage.local.set({ [LOCAL_OPTIONS_KEY]: options });
}

