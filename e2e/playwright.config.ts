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
    { name: 'extension', testIgnore: ['policy*.spec.ts', 'capture-perf.spec.ts'] },
    // Managed policy is machine-wide (every Chromium on the machine reads it), so these run
    // alone, one file at a time, after everything else: the policy specs and the capture matrix.
    { name: 'managed-policy', testMatch: 'policy*.spec.ts', dependencies: ['extension'], fullyParallel: false, workers: 1 },
    // Latency and long-task figures, measured last with no other test browser on the machine's
    // two cores: a second browser would be measured too.
    { name: 'perf', testMatch: 'capture-perf.spec.ts', dependencies: ['managed-policy'], workers: 1 },
  ],
});
