import { configDefaults, defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest: `wxt/browser` is WXT's in-memory fake browser (storage, tabs...), so components and services run in tests.
  plugins: [preact(), WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // tests/build checks the built extension: it runs with the browser tests, after `npm run build`.
    exclude: [...configDefaults.exclude, 'tests/build/**'],
    environment: 'node',
    testTimeout: 30_000,
    globalSetup: ['tests/setup/build-corpus.ts', 'tests/setup/build-cli.ts'],
    // Every property draws from one seed (PROPERTY_SEED to vary it): the same cases in every run.
    setupFiles: ['tests/setup/property-seed.ts'],
  },
});
