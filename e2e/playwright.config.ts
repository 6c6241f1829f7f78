import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  // Each test launches its own browser with the extension; two cores fit two at once.
  workers: process.env.CI ? 2 : 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../test-results',
  projects: [
    { name: 'extension', testIgnore: 'policy*.spec.ts' },
    // Managed policy is machine-wide, so these run alone, after everything else.
    { name: 'managed-policy', testMatch: 'policy*.spec.ts', dependencies: ['extension'], fullyParallel: false },
  ],
});
