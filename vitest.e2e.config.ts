import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in Debian's Chromium, one file at a time. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
