import { randomBytes } from 'node:crypto';
import type { Commit } from '../model/history.js';
import { GitError, type GitRunner } from './run-git.js';

/**
 * Starts each commit in the output: a NUL, then a token drawn at random for this run. A fixed mark could be
 * written by a commit (a file name may start with any character but NUL, and a text file may hold a NUL after the
 * bytes Git looks at to call it binary), which would split one commit in two and lose the files of the rest of it.
 */
const COMMIT_TOKEN = randomBytes(16).toString('hex');
const COMMIT_MARK = `\0${COMMIT_TOKEN}`;

/** `git log` options that print each commit as COMMIT_MARK, full hash, short hash and committer date, NUL-separated. */
export const COMMIT_FORMAT = [`--format=%x00${COMMIT_TOKEN}%H%x00%h%x00%cd%x00`, '--date=short'];

/** A commit and what `git log` printed after it: its files, raw entries or patch. */
export interface LoggedCommit {
  commit: Commit;
  rest: string;
}

/** Runs a `git log`; a repository with no commit yet has an empty history rather than an error. */
export async function gitLog(git: GitRunner, args: readonly string[], options: { cwd: string }): Promise<string> {
  try {
    return await git(args, options);
  } catch (error) {
    if (error instanceof GitError && /does not have any commits yet/.test(error.detail)) return '';
    throw error;
  }
}

/** Splits the output of a `git log` with COMMIT_FORMAT into its commits, in the order git printed them. */
export function splitCommits(output: string): LoggedCommit[] {
  return output
    .split(COMMIT_MARK)
    .slice(1)
    .map((chunk) => {
      const [hash = '', shortHash = '', date = ''] = chunk.split('\0', 3);
      // Git ends the formatted line with a NUL of its own, then a line feed when files follow.
      const rest = chunk.slice(hash.length + shortHash.length + date.length + 3).replace(/^\0\n?/, '');
      return { commit: { hash, shortHash, date }, rest };
    });
}
