import { resolve } from 'node:path';
import { GitError, runGit, type GitRunner } from './run-git.js';

/**
 * The top-level folder of the Git working tree `cwd` is in, absolute (Git resolves symbolic links), or undefined
 * when it is in none: not in a repository, or inside a bare one or its `.git` folder. Any other failure, such as
 * a repository Git refuses to read as another user's, or git missing, is a GitError. One `git rev-parse`.
 */
export async function gitTopLevel(cwd: string, git: GitRunner = runGit): Promise<string | undefined> {
  try {
    const output = (await git(['rev-parse', '--show-toplevel'], { cwd })).replace(/\r?\n$/, '');
    return output === '' ? undefined : resolve(output);
  } catch (error) {
    if (error instanceof GitError && /not a git repository|must be run in a work tree/i.test(error.detail)) return undefined;
    throw error;
  }
}
