/** A problem with the configuration or the command line: govlint cannot do its job (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
