import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  define: { __SIGHTLINE_TEST_HOOKS__: 'true' },
  test: {
    include: ['shared/**/*.test.ts', 'extension/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'cli/**/*.test.ts', 'scripts/**/*.test.ts'],
    benchmark: { include: ['shared/**/*.bench.ts', 'server/**/*.bench.ts'] },
    testTimeout: 20_000,
  },
});
