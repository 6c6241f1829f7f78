import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { tuneContentScriptBuild } from './scripts/content-bundle/content-build';

/**
 * Public half of the signing key. It pins the Chrome extension ID to
 * effnopkjhigkkkjldpkandbkbgmpmgpg on every machine; managed policy is keyed by that ID.
 * The private key never enters the repository (see README, "Extension ID and signing key").
 */
export const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzpeNWwlc4J2ouZqCO9GHSqmO1QkZD7KPawUCpLvPqSWCxx7+qgP92Uo+MVDv7wtIlFMK82zRoMrz4+sYZNJzt+r29AEM7LuR6+geX3kptKqcjUmIL4RirKFEDCOFDOTf7l9K78F+xTYBxD3/e/bnhNSAHD5TxUzZwTLPeI6lXyo+7rTkhwpJ3KPeVvTjzlvRH6R8DaJFIKiApt8qNaNp/HvcXC8V2Va3MblVUGJFOZu3ejUBkPmPGhPw3GI7SbteJZP9x4ndKCjUOboWrxJhukGk3Y4U5+mbi2DKkE194HRd4MRe0qE7gdmkD8ltNrlfdtDYrTC5FlbN4NeOtyHTKwIDAQAB';

export const GECKO_ID = 'sightline@sightline.dev';

/** Test builds compile in hooks that shipped packages must never contain. */
const testBuild = process.env.SIGHTLINE_TEST_BUILD === '1';

export default defineConfig({
  srcDir: 'extension',
  modules: ['@wxt-dev/webextension-polyfill'],
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}${testBuild ? '-test' : ''}`,
  vite: () => ({
    plugins: [preact()],
    define: { __SIGHTLINE_TEST_HOOKS__: JSON.stringify(testBuild) },
    build: { target: 'es2022' },
  }),
  hooks: {
    // Content scripts carry an 80 KB budget (issue #8): no doc strings, no polyfill (see content-build.ts).
    // The dialog they load on demand (entrypoints/content-ui.ts) runs in their world and is built alike.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((e) => e.type === 'content-script' || e.name === 'content-ui')) tuneContentScriptBuild(config);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Sightline',
    description:
      'Warns before sensitive data or risky prompts reach AI chatbots. Managed by your organisation.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'scripting',
      'tabs',
      'declarativeNetRequestWithHostAccess',
      // Names the employee in events when the policy sets no userId (Chrome/Edge profile e-mail).
      ...(browser === 'firefox' ? [] : ['identity', 'identity.email']),
      // Chrome/Edge: the offscreen document that hosts the NLP worker (issue #4; Firefox's
      // background page starts the worker itself).
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Blocked AI apps are redirected to this page by declarativeNetRequest rules.
    web_accessible_resources: [{ resources: ['blocked.html'], matches: ['<all_urls>'] }],
    host_permissions: ['<all_urls>'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // world: 'MAIN' content scripts at document_start need Firefox 128+.
              strict_min_version: '128.0',
              data_collection_permissions: {
                required: ['websiteContent', 'personallyIdentifyingInfo'],
                optional: [],
              },
            },
          },
        }
      : {
          key: MANIFEST_KEY,
          // Chrome/Edge: types of the managed policy (generated; see shared/policy/chrome-schema.ts).
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
