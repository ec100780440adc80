import { execFile, type ExecFileException } from 'node:child_process';
import { existsSync } from 'node:fs';
import { devNull } from 'node:os';
import { UsageError } from '../util/usage-error.js';

/** Runs `git` with these arguments in a folder and resolves to its stdout. */
export type GitRunner = (args: readonly string[], options: { cwd: string }) => Promise<string>;

/** The same, resolving to stdout as bytes: for output that holds file names, which need not be UTF-8. */
export type GitBytesRunner = (args: readonly string[], options: { cwd: string }) => Promise<Buffer>;

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
 * The repository under check is not trusted, and its .git/config (or a config it includes) can name programs that
 * git starts on its own: an fsmonitor, hooks, a clean filter for files whose index entry looks stale, a transport
 * for the lazy fetch of a partial clone. None of govlint's commands needs one; each invocation turns them off.
 * External diff programs and text conversion are turned off for the commands that print diffs (COMMAND_OPTIONS);
 * filter drivers, which have names of the repository's choosing, by reading their names first (filterOverrides).
 */
const NO_PROGRAMS = ['-c', 'core.fsmonitor=', '-c', `core.hooksPath=${devNull}`, '-c', 'protocol.allow=never'];

/** After the subcommand: no external diff or text conversion program, and no recursion into submodules' own configs. */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  log: ['--no-ext-diff', '--no-textconv'],
  diff: ['--no-ext-diff', '--no-textconv', '--ignore-submodules=all'],
  show: ['--no-ext-diff', '--no-textconv'],
  status: ['--ignore-submodules=all'],
};

/**
 * Runs the `git` on the PATH with node:child_process, without a shell. Messages are in English, so that they
 * can be recognised; optional locks are off, so that reading the status never rewrites the index.
 */
export const runGit: GitRunner = (args, options) => runGitForBytes(args, options).then((stdout) => stdout.toString('utf8'));

/** The same, with `input` written to git's stdin and stdout kept as bytes: for `git cat-file --batch`, which prints file contents. */
export async function runGitForBytes(args: readonly string[], { cwd, input = '' }: { cwd: string; input?: string }): Promise<Buffer> {
  const [command = '', ...rest] = args;
  const options = [...GLOBAL_OPTIONS, ...NO_PROGRAMS, ...(await filterOverrides(cwd))];
  return execGit([...options, command, ...(COMMAND_OPTIONS[command] ?? []), ...rest], args, cwd, input);
}

function execGit(fullArgs: readonly string[], args: readonly string[], cwd: string, input = ''): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
    for (const name of UNSET) delete env[name];
    const child = execFile(
      'git',
      fullArgs,
      { cwd, env, encoding: 'buffer', maxBuffer: MAX_OUTPUT, windowsHide: true },
      (error, stdout, stderr) => (error ? reject(gitError(error, stderr.toString('utf8'), args, cwd)) : resolve(stdout)),
    );
    // Git reads stdin only when asked to (cat-file --batch). A git that stops early closes it: its exit status
    // tells why, not the broken pipe.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input);
  });
}

const filterDrivers = new Map<string, Promise<readonly string[]>>();

/**
 * `-c` options that empty every filter driver the configuration seen from `cwd` defines, so that a checked-in
 * .gitattributes cannot have git run one; asked once per folder. A driver whose name a `-c` option cannot spell
 * (it holds `=`) stops govlint rather than run.
 */
function filterOverrides(cwd: string): Promise<readonly string[]> {
  let overrides = filterDrivers.get(cwd);
  if (!overrides) {
    const names = execGit([...GLOBAL_OPTIONS, ...NO_PROGRAMS, 'config', '-z', '--name-only', '--get-regexp', '^filter\\.'], ['config'], cwd).then(
      // `filter.<driver>.<key>`; a driver's name may hold dots, and a key without one is no driver.
      (output) => new Set(output.toString('utf8').split('\0').map((key) => key.slice('filter.'.length, key.lastIndexOf('.'))).filter((driver) => driver !== '')),
      // Nothing configured (exit code 1), or git cannot run here: the command itself then says why.
      () => new Set<string>(),
    );
    overrides = names.then((drivers) =>
      [...drivers].flatMap((driver) => {
        if (driver.includes('=')) throw new GitError(`the Git configuration in ${cwd} names a filter driver '${driver}' that govlint cannot turn off`, 'failed');
        return ['clean', 'smudge', 'process', 'required'].flatMap((key) => ['-c', `filter.${driver}.${key}=${key === 'required' ? 'false' : ''}`]);
      }),
    );
    filterDrivers.set(cwd, overrides);
  }
  return overrides;
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
  if (/^transport '[^']*' not allowed$/.test(detail)) {
    return new GitError(`git ${args[0]} needs objects that this partial clone lacks, and govlint never lets git fetch: clone without --filter, or fetch them first`, 'failed', detail);
  }
  return new GitError(`git ${args[0]} failed in ${cwd}: ${detail}`, 'failed', detail);
}

/** The first line git wrote on stderr, without `fatal: ` or `error: `. */
function gitMessage(stderr: string): string {
  const line = stderr.split('\n').find((text) => text.trim() !== '') ?? '';
  return line.replace(/^(fatal|error): /, '').trim();
}
