import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the real-browser tests in Chromium (tests/browser/*.e2e.ts) against the built
// extension, and the checks of the built files themselves (tests/build). The Firefox tests
// (tests/browser/firefox) run apart: `npm run test:firefox` (vitest.firefox.config.ts).
// One browser at a time: files run one after another in a single fork, with browser-sized timeouts.
export default defineConfig({
  test: {
    include: ['tests/browser/*.e2e.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
    reporters: ['verbose'],
  },
});
