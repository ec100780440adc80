import { defineConfig } from 'vitest/config';

/** Test files that replace a module with vi.mock: they need modules of their own. */
const MOCKING = ['test/parse/transfer.test.ts'];
/** Test files that run on a small stack, so that they can prove with a few thousand items what would take 150,000. */
const SMALL_STACK = ['test/formatters/many-findings.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/setup/temp-folder.ts'],
    testTimeout: 20_000,
    // Child processes rather than worker threads: test/helpers/run-in-process.ts runs govlint in a folder of its
    // own through process.chdir, which worker threads cannot call.
    pool: 'forks',
    // vitest's default for `run` is one worker fewer than there are cores: a single worker on a 2-core machine,
    // idle while git, pre-commit or govlint run as processes. Two keep both cores busy.
    maxWorkers: 2,
    projects: [
      // Test files share each worker's modules rather than load them again, file after file: that halves the
      // suite's CPU time. Every file builds its own scratch folders, and run-in-process.ts restores what it changes.
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...MOCKING, ...SMALL_STACK], isolate: false } },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
      // A tenth of Node's default stack of 984 KB.
      { extends: true, test: { name: 'small-stack', include: SMALL_STACK, execArgv: ['--stack-size=98'] } },
    ],
  },
});
