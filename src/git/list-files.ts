import { runGit, type GitRunner } from './run-git.js';

/**
 * The files of a folder in a Git working tree, as `git ls-files` sees them, by POSIX path relative to that folder:
 * tracked files and untracked ones that no `.gitignore` ignores. Git never enters a folder behind a symbolic link,
 * nor the `.git` folder.
 */
export interface ListedFiles {
  /** Tracked regular files that git sees unchanged in the working tree: no need to look at them. */
  files: string[];
  /** Tracked symbolic links that git sees unchanged in the working tree. */
  links: string[];
  /**
   * Paths whose kind only the file system can tell (they may be files, links, folders, or gone): untracked files,
   * and tracked ones that are changed or deleted, unmerged, or flagged skip-worktree or assume-unchanged, which
   * git does not look at.
   */
  unsure: string[];
  /** Nested repositories: submodules, and untracked repositories, whose files git does not list. */
  repositories: string[];
}

/**
 * Lists the files under `folder`, in two `git ls-files` at once: one for what the index holds, with modes and
 * tags, what the working tree changed and the untracked files, and one for the tracked files that a `.gitignore`
 * matches, which are left out, as a glob honouring `.gitignore` would (git itself would keep them). Only
 * `.gitignore` files count, those above the folder up to the top of the working tree included, not
 * `.git/info/exclude` nor the user's global excludes file.
 *
 * A tracked file under a folder that has since been replaced by a symbolic link or a file is left out: git reads
 * it through the link and calls it unchanged, but that folder then shows as untracked. A GitError when git fails,
 * as outside a working tree.
 */
export async function listFiles(folder: string, git: GitRunner = runGit): Promise<ListedFiles> {
  const excludes = '--exclude-per-directory=.gitignore';
  const [listing, ignored] = await Promise.all([
    // -v tags each path (H cached, S skip-worktree, M unmerged, C changed or deleted, ? untracked; lower case for
    // assume-unchanged), -s gives the mode of tracked ones.
    git(['ls-files', '-z', '-v', '-s', '--cached', '--modified', '--others', excludes], { cwd: folder }),
    git(['ls-files', '-z', '--cached', '--ignored', excludes], { cwd: folder }),
  ]);
  const leftOut = new Set(ignored.split('\0'));
  const tracked = new Map<string, 'file' | 'link' | 'unsure' | 'repository'>();
  const untracked: string[] = [];
  const repositories: string[] = [];
  for (const record of listing.split('\0')) {
    if (record === '') continue;
    const tag = record.charAt(0);
    if (tag === '?') {
      const path = record.slice(2);
      // An untracked folder git lists whole, unentered, holds a repository of its own.
      if (path.endsWith('/')) repositories.push(path.slice(0, -1));
      else untracked.push(path);
      continue;
    }
    // <tag> <mode> <object> <stage>\t<path>
    const tab = record.indexOf('\t');
    const path = record.slice(tab + 1);
    if (leftOut.has(path)) continue;
    const mode = record.slice(2, 8);
    const before = tracked.get(path);
    // A path comes again when the working tree changed it (C), and once per stage when unmerged (M).
    if (mode === '160000' || before === 'repository') tracked.set(path, 'repository');
    else if (tag !== 'H' || before !== undefined) tracked.set(path, 'unsure');
    else tracked.set(path, mode === '120000' ? 'link' : 'file');
  }

  const replaced = new Set(untracked);
  const listed: ListedFiles = { files: [], links: [], unsure: [...untracked], repositories };
  const lists = { file: listed.files, link: listed.links, unsure: listed.unsure, repository: repositories };
  const insideReplaced = replacedFolderTest(replaced);
  for (const [path, kind] of tracked) {
    if (replaced.size === 0 || !insideReplaced(path)) lists[kind].push(path);
  }
  return listed;
}

/** Whether a path lies under one of these paths, which git lists as untracked files: folders that were replaced. */
function replacedFolderTest(replaced: ReadonlySet<string>): (path: string) => boolean {
  const byFolder = new Map<string, boolean>();
  const folderReplaced = (folder: string): boolean => {
    let answer = byFolder.get(folder);
    if (answer === undefined) {
      const slash = folder.lastIndexOf('/');
      answer = replaced.has(folder) || (slash !== -1 && folderReplaced(folder.slice(0, slash)));
      byFolder.set(folder, answer);
    }
    return answer;
  };
  return (path) => {
    const slash = path.lastIndexOf('/');
    return slash !== -1 && folderReplaced(path.slice(0, slash));
  };
}
