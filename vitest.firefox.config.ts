import { defineConfig } from 'vitest/config';
import browserTests from './vitest.browser.config.ts';

// `npm run test:firefox`: the same flows in Firefox ESR (tests/browser/firefox/*.e2e.ts) against the
// Firefox build, with the Chromium tests' settings: one browser at a time, browser-sized timeouts.
export default defineConfig({
  test: {
    ...browserTests.test,
    include: ['tests/browser/firefox/*.e2e.ts'],
  },
});
