/**
 * How events name the employee: the policy's `userId` when the organisation sets it; else the
 * browser profile's e-mail where the browser exposes it (Chrome/Edge with a signed-in profile);
 * else a pseudonymous install ID, created once and kept for the life of the install.
 */

export type UserIdSource = 'policy' | 'profile' | 'install-id';

export interface UserIdDeps {
  /** `identity.getProfileUserInfo`, absent where the browser has no such API (Firefox). */
  readonly profileEmail?: () => Promise<string>;
  readonly readInstallId: () => Promise<unknown>;
  readonly writeInstallId: (id: string) => Promise<void>;
  readonly newId: () => string;
}

export interface ResolvedUserId {
  readonly userId: string;
  readonly source: UserIdSource;
}

const INSTALL_ID = /^[0-9a-f-]{36}$/;

export async function installId(deps: UserIdDeps): Promise<string> {
  const stored = await deps.readInstallId();
  if (typeof stored === 'string' && INSTALL_ID.test(stored)) return stored;
  const id = deps.newId();
  await deps.writeInstallId(id);
  return id;
}

export async function resolveUserId(policyUserId: string | null, deps: UserIdDeps): Promise<ResolvedUserId> {
  if (policyUserId) return { userId: policyUserId, source: 'policy' };
  try {
    const email = await deps.profileEmail?.();
    if (email) return { userId: email, source: 'profile' };
  } catch {
    // No permission or no signed-in profile: fall through to the pseudonymous ID.
  }
  return { userId: `install:${await installId(deps)}`, source: 'install-id' };
}
