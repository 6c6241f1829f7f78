import { describe, expect, test } from 'vitest';
import { resolveUserId, type UserIdDeps } from './user-id';

const UUID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function deps(overrides: Partial<UserIdDeps> = {}, stored: unknown = undefined) {
  const state = { stored, writes: 0 };
  const d: UserIdDeps = {
    readInstallId: async () => state.stored,
    writeInstallId: async (id) => {
      state.stored = id;
      state.writes++;
    },
    newId: () => UUID,
    ...overrides,
  };
  return { d, state };
}

describe('resolveUserId', () => {
  test('the policy value wins', async () => {
    const { d } = deps({ profileEmail: async () => 'me@corp.example' });
    expect(await resolveUserId('alice@corp.example', d)).toEqual({ userId: 'alice@corp.example', source: 'policy' });
  });

  test('then the profile e-mail', async () => {
    const { d } = deps({ profileEmail: async () => 'me@corp.example' });
    expect(await resolveUserId(null, d)).toEqual({ userId: 'me@corp.example', source: 'profile' });
  });

  test.each([
    ['no identity API', undefined],
    ['no signed-in profile', async () => ''],
    ['an identity API that throws', async () => Promise.reject(new Error('no permission'))],
  ])('with %s, a stable pseudonymous install ID', async (_name, profileEmail) => {
    const { d, state } = deps(profileEmail ? { profileEmail } : {});
    const first = await resolveUserId(null, d);
    const second = await resolveUserId(null, d);
    expect(first).toEqual({ userId: `install:${UUID}`, source: 'install-id' });
    expect(second).toEqual(first);
    expect(state.writes).toBe(1);
  });

  test('replaces a corrupt stored install ID', async () => {
    const { d, state } = deps({}, { not: 'an id' });
    expect((await resolveUserId(null, d)).userId).toBe(`install:${UUID}`);
    expect(state.stored).toBe(UUID);
  });
});
