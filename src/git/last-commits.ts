import type { Commit } from '../model/history.js';
import { COMMIT_FORMAT, gitLog, splitCommits } from './log-output.js';
import { pathspecs } from './pathspecs.js';
import { runGit, type GitRunner } from './run-git.js';

/**
 * The last commit that touched each file on HEAD's history, by POSIX path relative to the repository root; files
 * never committed are missing from the map. A rename counts as touching the new path. Uncommitted changes on top
 * of that commit are `git status`'s business (`workingTree`).
 *
 * One `git log --name-only -z` over the files (see `pathspecs`), newest commit first, where each file's first
 * appearance wins. File names are read NUL-separated and unquoted, so spaces, quotes and non-ASCII are kept.
 */
export async function lastCommitDates(root: string, files: readonly string[], git: GitRunner = runGit): Promise<Map<string, Commit>> {
  const wanted = new Set(files);
  const found = new Map<string, Commit>();
  // Without paths, git would log the whole history.
  if (wanted.size === 0) return found;
  const args = ['log', '--no-merges', '--no-renames', '--name-only', '-z', ...COMMIT_FORMAT, '--', ...pathspecs(files)];
  const output = await gitLog(git, args, { cwd: root });
  for (const { commit, rest } of splitCommits(output)) {
    for (const path of rest.split('\0')) {
      if (wanted.has(path) && !found.has(path)) found.set(path, commit);
    }
  }
  return found;
}
