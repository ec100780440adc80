import { resolve } from 'node:path';
import { GitError, runGit, type GitRunner } from './run-git.js';
import { workingTree } from './working-tree.js';

/**
 * The files changed since `ref`, for checking a pull request: what the commits on HEAD's side changed since it
 * forked from `ref` (`git diff ref...HEAD`, from their merge base), plus staged and unstaged changes and untracked
 * files that are not ignored. A renamed file counts by its new path; deleted files are left out.
 *
 * The merge base, not `ref` itself, is the right point of comparison for a pull request: `ref..HEAD` or a plain
 * `git diff ref` would also list every file the target branch changed after the fork, which the pull request
 * never touched.
 *
 * Returns sorted absolute paths, as file discovery lists them. An unknown ref, or one with no history in common
 * with HEAD (a shallow clone), is a GitError. HEAD itself, before a repository's first commit (the pre-commit hook
 * on it), names no commit yet: then nothing is committed, and every file of the working tree is new. Two
 * invocations at once: `git diff` for the commits and `git status` for the working tree, since no single git
 * command lists both committed and untracked files.
 */
export async function changedFilesSince(root: string, ref: string, git: GitRunner = runGit): Promise<string[]> {
  const [committed, tree] = await Promise.all([committedSince(root, ref, git), workingTree(root, [], git)]);
  const changed = new Set([...committed, ...tree.changed]);
  for (const path of tree.removed) changed.delete(path);
  for (const path of tree.untracked) changed.add(path);
  return [...changed].map((path) => resolve(root, path)).sort();
}

/** The files HEAD's commits changed since their merge base with `ref`, by their new path, without deletions. */
async function committedSince(root: string, ref: string, git: GitRunner): Promise<string[]> {
  // A ref that starts with a dash would be read as an option.
  if (ref === '' || ref.startsWith('-')) throw unknownRef(ref);
  try {
    const output = await git(['diff', '--name-only', '-z', '-M', '--diff-filter=d', '--no-ext-diff', `${ref}...HEAD`, '--'], { cwd: root });
    return output.split('\0').filter((path) => path !== '');
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    if (ref === 'HEAD' && error.detail === "bad revision 'HEAD...HEAD'") return [];
    if (/no merge base/i.test(error.detail)) {
      throw new GitError(
        `'${ref}' and HEAD have no commit in common, so there is nothing to compare with: in a shallow clone, fetch the full history`,
        'no-merge-base',
        error.detail,
      );
    }
    if (/bad revision|unknown revision|ambiguous argument/i.test(error.detail)) throw unknownRef(ref, error.detail);
    throw error;
  }
}

function unknownRef(ref: string, detail = ''): GitError {
  return new GitError(
    `unknown Git ref '${ref}': no branch, tag or commit of this repository has that name, or HEAD has no commit yet (in CI, fetch the branch first, as in \`git fetch origin main\`)`,
    'unknown-ref',
    detail,
  );
}
