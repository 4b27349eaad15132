import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests (run from the project root): fakes for speed (fakeBrowser, fake-indexeddb, happy-dom). End-to-end tests in real
// browsers have their own config, test/e2e/vitest.config.ts.
export default defineConfig({
  // WxtVitest does not apply wxt.config's vite plugins, so the Preact preset is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    restoreMocks: true,
  },
});
