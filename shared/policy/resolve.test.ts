import { describe, expect, test } from 'vitest';
import { DEFAULT_POLICY } from './policy';
import { resolvePolicy } from './resolve';

const resolve = (managed: unknown, local: unknown = {}, lastValidManaged = {}) =>
  resolvePolicy({ managed, local, lastValidManaged });

describe('resolvePolicy', () => {
  test('with nothing set, every key is at its default', () => {
    const policy = resolve(undefined, undefined);
    expect(policy.values).toEqual(DEFAULT_POLICY);
    expect(new Set(Object.values(policy.sources))).toEqual(new Set(['default']));
    expect(policy.managed).toBe(false);
  });

  test('a managed key wins and is reported as managed', () => {
    const policy = resolve({ mode: 'block' }, { mode: 'monitor' });
    expect(policy.values.mode).toBe('block');
    expect(policy.sources.mode).toBe('managed');
  });

  test('on a personal install local options apply', () => {
    const policy = resolve({}, { mode: 'monitor', flagThreshold: 70, organizationNames: ['Acme'] });
    expect(policy.values).toMatchObject({ mode: 'monitor', flagThreshold: 70, organizationNames: ['Acme'] });
    expect(policy.sources.mode).toBe('local');
  });

  test.each([
    ['mode', { mode: 'warn' }, { mode: 'block' }, 'block'],
    ['mode', { mode: 'warn' }, { mode: 'monitor' }, 'warn'],
    ['mode (unmanaged key, default warn)', { privacyMode: 'redacted' }, { mode: 'monitor' }, 'warn'],
    ['mode (unmanaged key, default warn) tightened', { privacyMode: 'redacted' }, { mode: 'redact' }, 'redact'],
  ])('once anything is managed, local %s may only tighten', (_name, managed, local, expected) => {
    expect(resolve(managed, local).values.mode).toBe(expected);
  });

  test.each([
    [{ flagThreshold: 50 }, { flagThreshold: 30 }, 30],
    [{ flagThreshold: 50 }, { flagThreshold: 80 }, 50],
  ])('flagThreshold: managed %j, local %j → %s', (managed, local, expected) => {
    expect(resolve(managed, local).values.flagThreshold).toBe(expected);
  });

  test('local rules are kept only where stricter; managed rules all stay', () => {
    const managed = { rules: [{ match: 'secret.*', action: 'warn' }] };
    const local = { rules: [{ match: 'secret.*', action: 'monitor' }, { match: 'pii.*', action: 'block' }, { match: 'secret.*', action: 'block' }] };
    expect(resolve(managed, local).values.rules).toEqual([
      { match: 'secret.*', action: 'warn' },
      { match: 'pii.*', action: 'block' },
      { match: 'secret.*', action: 'block' },
    ]);
  });

  test('once anything is managed, local options that could loosen protection are ignored and reported', () => {
    const policy = resolve({ mode: 'warn' }, { allowPatterns: [{ pattern: '.' }], disabledDetectors: ['secret.*'], privacyMode: 'full' });
    expect(policy.values.allowPatterns).toEqual([]);
    expect(policy.values.disabledDetectors).toEqual([]);
    expect(policy.values.privacyMode).toBe('metadata');
    expect(policy.issues.filter((i) => i.source === 'local').map((i) => i.key).sort()).toEqual(['allowPatterns', 'disabledDetectors', 'privacyMode']);
  });

  test('an invalid managed value keeps the last valid one', () => {
    const policy = resolve({ mode: 'off', flagThreshold: 35 }, {}, { mode: 'block' });
    expect(policy.values.mode).toBe('block');
    expect(policy.sources.mode).toBe('managed-last-valid');
    expect(policy.values.flagThreshold).toBe(35);
    expect(policy.issues).toEqual([expect.objectContaining({ source: 'managed', key: 'mode' })]);
  });

  test('an invalid managed value with no last valid one falls back to the default, still locked', () => {
    const policy = resolve({ mode: 'off' }, { mode: 'monitor' });
    expect(policy.values.mode).toBe('warn');
    expect(policy.managed).toBe(true);
  });
});
