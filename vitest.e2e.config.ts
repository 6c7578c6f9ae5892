import { defineConfig } from 'vitest/config';

// Browser journeys against the real server and the built web app (run `vite build` first).
// One file at a time: each starts its own server and browser.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A list refetch after a write can take over a second on a loaded 2-core machine.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
