import { browser } from 'wxt/browser';
import { resolveUserId, type ResolvedUserId } from './user-id';

const INSTALL_ID_KEY = 'sightline.installId';

interface ChromeIdentity {
  getProfileUserInfo(details: { accountStatus: 'ANY' }): Promise<{ email: string }>;
}

/** Browser glue for `resolveUserId`; Chrome's identity API only exists with the permission. */
export function browserUserId(policyUserId: string | null): Promise<ResolvedUserId> {
  const identity = (browser as unknown as { identity?: Partial<ChromeIdentity> }).identity;
  return resolveUserId(policyUserId, {
    profileEmail: identity?.getProfileUserInfo
      ? async () => (await identity.getProfileUserInfo!({ accountStatus: 'ANY' })).email
      : undefined,
    readInstallId: async () => (await browser.storage.local.get(INSTALL_ID_KEY))[INSTALL_ID_KEY],
    writeInstallId: (id) => browser.storage.local.set({ [INSTALL_ID_KEY]: id }),
    newId: () => crypto.randomUUID(),
  });
}
