import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/temp-folder.ts'],
    testTimeout: 20_000,
    // Child processes rather than worker threads: test/helpers/run-in-process.ts runs govlint in a folder of its
    // own through process.chdir, which worker threads cannot call.
    pool: 'forks',
  },
});
