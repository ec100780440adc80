/**
 * A problem with the configuration or the command line: govlint cannot do its job (exit code 2). Every stage may
 * throw it (config, git and the CLI do) and the CLI turns it into one line on stderr, so it sits with the shared
 * helpers rather than in one stage, which would make the others depend on that stage for it.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
