// Lint rules, including the import boundaries of ../shared/STYLE.md: `shared/` is pure
// TypeScript (no browser or Node API, nothing from extension/ or server/), and entrypoints never
// import each other: they talk only through the typed message protocol.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_MODULES = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'url', 'zlib', 'stream', 'util'];

/** Browser and extension globals that shared/ may not touch. */
const BROWSER_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'chrome', 'browser', 'indexedDB', 'localStorage',
  'sessionStorage', 'fetch', 'XMLHttpRequest', 'WebSocket', 'process', 'Buffer', 'require', '__dirname',
].map((name) => ({ name, message: 'shared/ runs in the worker, the content script, Node and the collector alike: pass what you need in.' }));

/** Detector test vectors (`*.vectors.ts`, `shared/detectors/vectors.ts`) stay out of production bundles. */
const VECTORS = {
  regex: '(?:^|/)(?:[^/]+\\.)?vectors(?:\\.ts)?$',
  message: 'Test vectors are for tests, the bench and tooling only: production code never imports them.',
};

/** What shared/ may not import, less the vectors rule (shared/detectors/vectors.ts collects them). */
const SHARED_IMPORTS = {
  paths: ['wxt/browser', 'webextension-polyfill', 'idb', 'preact'],
  patterns: [
    { group: NODE_MODULES, message: 'shared/ imports no Node API.' },
    { group: ['**/extension/**', '**/server/**', 'wxt', 'wxt/*', '#imports'], message: 'shared/ imports nothing from extension/ or server/.' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'data/**', 'e2e/fixtures/sites/**/vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/**/*.bench.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-imports': ['error', { ...SHARED_IMPORTS, patterns: [...SHARED_IMPORTS.patterns, VECTORS] }],
    },
  },
  {
    // The one non-test file in shared/ that gathers every detector's vectors.
    files: ['shared/detectors/vectors.ts'],
    rules: { 'no-restricted-imports': ['error', SHARED_IMPORTS] },
  },
  {
    // Detector patterns escape `-`, `/` and `[` inside character classes on purpose: a rule stays
    // correct when someone later appends a range to the class.
    files: ['shared/detectors/**/*.ts'],
    rules: { 'no-useless-escape': 'off' },
  },
  {
    files: ['extension/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/entrypoints/**', '../entrypoints/*', './*.content', '../*.content'], message: 'Entrypoints never import each other; share code through extension/lib or shared/.' },
            { group: ['**/server/**'], message: 'The extension talks to the server over HTTP only.' },
            { group: NODE_MODULES, message: 'The extension runs in the browser.' },
            VECTORS,
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/extension/**'], message: 'The server shares code with the extension only through shared/.' }] }],
    },
  },
  {
    files: ['e2e/fixtures/sites/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
