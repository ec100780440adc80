import { execFile, type ExecFileException } from 'node:child_process';
import { existsSync } from 'node:fs';
import { UsageError } from '../config/config-error.js';

/** Runs `git` with these arguments in a folder and resolves to its stdout. */
export type GitRunner = (args: readonly string[], options: { cwd: string }) => Promise<string>;

/** Why git failed: not installed, a ref it does not know, a ref with no history in common with HEAD, or else. */
export type GitFailure = 'not-found' | 'unknown-ref' | 'no-merge-base' | 'failed';

/** Git could not do what govlint asked: govlint cannot do its job (exit code 2). */
export class GitError extends UsageError {
  readonly failure: GitFailure;
  /** Git's own message, without its `fatal: ` prefix; empty when git could not be started. */
  readonly detail: string;

  constructor(message: string, failure: GitFailure, detail = '') {
    super(message);
    this.failure = failure;
    this.detail = detail;
  }
}

/** More than this on stdout is refused rather than held in memory (a string cannot hold much more). */
const MAX_OUTPUT = 256 * 1024 * 1024;

/**
 * Options every invocation gets, whatever the user's Git configuration: non-ASCII file names unquoted, the root
 * commit's files shown, no rename following of a lone path, and no signature check, pager or colour in the way.
 */
const GLOBAL_OPTIONS = [
  '-c', 'core.quotepath=false', '-c', 'log.showRoot=true', '-c', 'log.follow=false', '-c', 'log.showSignature=false', '-c', 'color.ui=false', '--no-pager',
];

/** Environment variables that would change what git reads or how it matches paths. */
const UNSET = ['GIT_LITERAL_PATHSPECS', 'GIT_GLOB_PATHSPECS', 'GIT_NOGLOB_PATHSPECS', 'GIT_ICASE_PATHSPECS', 'GIT_EXTERNAL_DIFF', 'GIT_PAGER'];

/**
 * Runs the `git` on the PATH with node:child_process, without a shell. Messages are in English, so that they
 * can be recognised; optional locks are off, so that reading the status never rewrites the index.
 */
export const runGit: GitRunner = (args, options) => runGitForBytes(args, options).then((stdout) => stdout.toString('utf8'));

/** The same, with `input` written to git's stdin and stdout kept as bytes: for `git cat-file --batch`, which prints file contents. */
export function runGitForBytes(args: readonly string[], { cwd, input = '' }: { cwd: string; input?: string }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
    for (const name of UNSET) delete env[name];
    const child = execFile(
      'git',
      [...GLOBAL_OPTIONS, ...args],
      { cwd, env, encoding: 'buffer', maxBuffer: MAX_OUTPUT, windowsHide: true },
      (error, stdout, stderr) => (error ? reject(gitError(error, stderr.toString('utf8'), args, cwd)) : resolve(stdout)),
    );
    // Git reads stdin only when asked to (cat-file --batch). A git that stops early closes it: its exit status
    // tells why, not the broken pipe.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input);
  });
}

function gitError(error: ExecFileException, stderr: string, args: readonly string[], cwd: string): GitError {
  if (error.code === 'ENOENT') {
    // Node reports a missing working folder the same way as a missing program.
    if (!existsSync(cwd)) return new GitError(`cannot run git in ${cwd}: no such folder`, 'failed');
    return new GitError('cannot run git: it is not installed or not on the PATH, and govlint needs it to read the Git history', 'not-found');
  }
  if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
    return new GitError(`git ${args[0]} printed more than ${MAX_OUTPUT / 1024 / 1024} MB in ${cwd}: the history is too large to read at once`, 'failed');
  }
  const detail = gitMessage(stderr) || error.message;
  return new GitError(`git ${args[0]} failed in ${cwd}: ${detail}`, 'failed', detail);
}

/** The first line git wrote on stderr, without `fatal: ` or `error: `. */
function gitMessage(stderr: string): string {
  const line = stderr.split('\n').find((text) => text.trim() !== '') ?? '';
  return line.replace(/^(fatal|error): /, '').trim();
}
