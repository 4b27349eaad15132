import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium and Firefox ESR against local HTTPS
// imitations of AI sites. One file at a time: each launches a browser, and CI machines have 2 cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
