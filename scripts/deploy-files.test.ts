import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Deployment, Json, JsonObject } from '../deploy/render/deployment';
import { CHROME_EXTENSION_ID, checkDeployment, FIREFOX_EXTENSION_ID } from '../deploy/render/deployment';
import { extensionDomain, PREFERENCE_DOMAIN } from '../deploy/render/macos-plist';
import type { RegValue } from '../deploy/render/read-back';
import { parsePlist, parseReg } from '../deploy/render/read-back';
import { browserPolicyKey, extensionPolicyKey, REG_HEADER } from '../deploy/render/windows-reg';
import { POLICY_KEYS } from '../shared/policy/policy';
import { POLICY_SCHEMA } from '../shared/policy/schema';
import { validatePolicy } from '../shared/policy/validate';
import { DEPLOY_DIR, DEPLOY_FILES, loadDeployment } from './generate-deploy';

/** Keys the example leaves out, and why: every other policy key must be shown in use. */
const NOT_IN_EXAMPLE: Partial<Record<(typeof POLICY_KEYS)[number], string>> = {
  userId: 'names one employee; set per user, never machine-wide',
};

const deployment = loadDeployment();
const read = (file: string): string => readFileSync(resolve(DEPLOY_DIR, file), 'utf8');
const asObject = (value: Json | undefined): JsonObject => value as JsonObject;

/** The managed policy as it arrived must validate cleanly and equal the example. */
function expectSightlinePolicy(policy: unknown): void {
  expect(validatePolicy(policy, 'managed').issues).toEqual([]);
  expect(policy).toEqual(deployment.policy);
}

test('the example policy sets every key but the documented exceptions, and validates without issues', () => {
  const missing = POLICY_KEYS.filter((key) => !(key in deployment.policy));
  expect(missing.sort()).toEqual(Object.keys(NOT_IN_EXAMPLE).sort());
  expect(validatePolicy(deployment.policy, 'managed').issues).toEqual([]);
});

test.each([
  ['a bad mode', { policy: { ...deployment.policy, mode: 'shout' } }, /policy\.mode: .*must be one of/],
  ['an http install URL', { firefoxInstallUrl: 'http://x.example/a.xpi' }, /firefoxInstallUrl must be an https URL/],
])('the generator refuses %s', (_name, change, message) => {
  expect(() => checkDeployment({ ...deployment, ...change } as Deployment)).toThrow(message);
});

test.each(Object.keys(DEPLOY_FILES))('deploy/%s is up to date (run npm run deploy:generate)', (file) => {
  expect(read(file)).toBe(DEPLOY_FILES[file]?.(deployment));
});

describe.each(['chromium', 'chrome'])('Linux %s JSON', (flavour) => {
  const policies = JSON.parse(read(`linux/${flavour}/sightline.json`)) as JsonObject;

  test('carries the Sightline policy under 3rdparty.extensions.<id>', () => {
    expectSightlinePolicy(asObject(asObject(policies['3rdparty']).extensions)[CHROME_EXTENSION_ID]);
  });

  test('force-installs, pins and closes incognito, guest mode, devtools on Sightline and developer mode', () => {
    expect(asObject(policies.ExtensionSettings)[CHROME_EXTENSION_ID]).toEqual({
      installation_mode: 'force_installed',
      update_url: deployment.chromeUpdateUrl,
      toolbar_pin: 'force_pinned',
    });
    expect(policies).toMatchObject({
      IncognitoModeAvailability: 1,
      BrowserGuestModeEnabled: false,
      DeveloperToolsAvailability: 0,
      ExtensionDeveloperModeSettings: 1,
    });
  });
});

/** Reads registry values back the way Chrome does, converting through the policy schema's types. */
function fromRegistry(values: ReadonlyMap<string, RegValue>): Record<string, unknown> {
  return Object.fromEntries(
    [...values].map(([name, value]) => {
      const kind = (POLICY_SCHEMA as Record<string, { kind: string }>)[name]?.kind;
      if (kind === 'boolean') return [name, value === 1];
      if (typeof value === 'string' && ['rules', 'hosts', 'strings', 'customDetectors', 'allowPatterns'].includes(kind ?? '')) {
        return [name, JSON.parse(value)];
      }
      return [name, value];
    }),
  );
}

describe.each([
  ['chrome', 'IncognitoModeAvailability', 'toolbar_pin', 'force_pinned'],
  ['edge', 'InPrivateModeAvailability', 'toolbar_state', 'force_shown'],
] as const)('Windows .reg for %s', (browser, privateMode, toolbarKey, toolbarValue) => {
  const reg = parseReg(read(`windows/sightline-${browser}.reg`));

  test('is a regedit 5 file in pure ASCII', () => {
    expect(reg.header).toBe(REG_HEADER);
    expect(read(`windows/sightline-${browser}.reg`)).toMatch(/^[\x20-\x7e\r\n]*$/);
  });

  test('replaces the extension policy key and the policy reads back through the schema types', () => {
    expect(reg.deleted).toEqual([extensionPolicyKey(browser)]);
    expectSightlinePolicy(fromRegistry(reg.keys.get(extensionPolicyKey(browser)) ?? new Map()));
  });

  test('sets force-install (as JSON in REG_SZ) and the bypass-closing DWORDs', () => {
    const values = reg.keys.get(browserPolicyKey(browser)) ?? new Map<string, RegValue>();
    expect(JSON.parse(String(values.get('ExtensionSettings')))).toEqual({
      [CHROME_EXTENSION_ID]: { installation_mode: 'force_installed', update_url: deployment.chromeUpdateUrl, [toolbarKey]: toolbarValue },
    });
    expect(Object.fromEntries([...values].filter(([name]) => name !== 'ExtensionSettings'))).toEqual({
      [privateMode]: 1,
      BrowserGuestModeEnabled: 0,
      DeveloperToolsAvailability: 0,
      ExtensionDeveloperModeSettings: 1,
    });
  });
});

describe.each(['chrome', 'edge'] as const)('macOS .mobileconfig for %s', (browser) => {
  const profile = asObject(parsePlist(read(`macos/sightline-${browser}.mobileconfig`)));
  const payloads = profile.PayloadContent as JsonObject[];
  const byType = (type: string): JsonObject | undefined => payloads.find((payload) => payload.PayloadType === type);
  const withoutPayloadKeys = (payload: JsonObject | undefined) =>
    Object.fromEntries(Object.entries(payload ?? {}).filter(([key]) => !key.startsWith('Payload')));

  test('is a system-scoped configuration profile with unique payload identifiers and UUIDs', () => {
    expect(profile).toMatchObject({ PayloadType: 'Configuration', PayloadScope: 'System', PayloadVersion: 1 });
    const uuids = [profile.PayloadUUID, ...payloads.map((payload) => payload.PayloadUUID)];
    expect(new Set(uuids).size).toBe(3);
    for (const uuid of uuids) expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
  });

  test('the extension payload is the Sightline policy', () => {
    expectSightlinePolicy(withoutPayloadKeys(byType(extensionDomain(browser))));
  });

  test('the browser payload force-installs Sightline and disables guest mode and developer mode', () => {
    const settings = withoutPayloadKeys(byType(PREFERENCE_DOMAIN[browser]));
    expect(asObject(asObject(settings.ExtensionSettings)[CHROME_EXTENSION_ID]).installation_mode).toBe('force_installed');
    expect(settings).toMatchObject({ BrowserGuestModeEnabled: false, DeveloperToolsAvailability: 0, ExtensionDeveloperModeSettings: 1 });
  });
});

describe('Firefox policies.json', () => {
  const policies = asObject(asObject(JSON.parse(read('firefox/policies.json')) as Json).policies);

  test('carries the Sightline policy under 3rdparty.Extensions', () => {
    expectSightlinePolicy(asObject(asObject(policies['3rdparty']).Extensions)[FIREFOX_EXTENSION_ID]);
  });

  test('force-installs Sightline in private windows too, locks it and blocks about:addons', () => {
    expect(asObject(policies.ExtensionSettings)[FIREFOX_EXTENSION_ID]).toEqual({
      installation_mode: 'force_installed',
      install_url: deployment.firefoxInstallUrl,
      private_browsing: true,
    });
    expect(policies.Extensions).toEqual({ Locked: [FIREFOX_EXTENSION_ID] });
    expect(policies.BlockAboutAddons).toBe(true);
  });
});

test('the Google Admin console JSON wraps each policy value in {"Value": …}', () => {
  const wrapped = JSON.parse(read('google-admin/policy-for-extensions.json')) as Record<string, { Value: unknown }>;
  expectSightlinePolicy(Object.fromEntries(Object.entries(wrapped).map(([key, { Value }]) => [key, Value])));
});

describe('read-back parsers refuse malformed files', () => {
  test.each([
    ['a bare LF', `${REG_HEADER}\n[HKEY_LOCAL_MACHINE\\X]\r\n`],
    ['a value outside a key', `${REG_HEADER}\r\n"a"="b"\r\n`],
    ['an unescaped quote', `${REG_HEADER}\r\n[HKEY_LOCAL_MACHINE\\X]\r\n"a"="b"c"\r\n`],
  ])('.reg with %s', (_name, text) => {
    expect(() => parseReg(text)).toThrow();
  });

  const plist = read('macos/sightline-chrome.mobileconfig');
  test.each([
    ['an unclosed dict', plist.replace('</dict>\n</plist>', '</plist>')],
    ['a raw ampersand', plist.replace('Sightline policy', 'Sightline & policy')],
    ['a key without a value', plist.replace('<key>PayloadScope</key>\n  <string>System</string>', '<key>PayloadScope</key>')],
  ])('plist with %s', (_name, text) => {
    expect(() => parsePlist(text)).toThrow();
  });
});
