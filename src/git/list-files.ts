import { nameFromBytes } from '../io/file-name.js';
import { runGitForBytes, type GitBytesRunner } from './run-git.js';

/**
 * The files of a folder in a Git working tree, as `git ls-files` sees them, by POSIX path relative to that folder:
 * tracked files, and untracked ones that no `.gitignore` ignores. Git never enters a folder behind a symbolic link,
 * nor `.git`, nor a repository of its own (a submodule, an untracked clone), whose files are not listed.
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
}

/**
 * Lists the files under `folder` in one `git ls-files`: what the index holds, with modes and tags, what the working
 * tree changed, and the untracked files. Only `.gitignore` files count, those above the folder up to the top of the
 * working tree included, not `.git/info/exclude` nor the user's global excludes file, so that what is read does not
 * depend on the machine. A tracked file is listed even where a `.gitignore` matches it, as Git keeps it.
 *
 * Names are read as bytes, so that one that is not UTF-8 still leads to its file (see `nameFromBytes`). A tracked
 * file under a folder that has since been replaced by a symbolic link or a file is left out: git reads it through
 * the link and calls it unchanged, but that folder then shows as untracked. A GitError when git fails, as outside a
 * working tree.
 */
export async function listFiles(folder: string, git: GitBytesRunner = runGitForBytes): Promise<ListedFiles> {
  // -v tags each path (H cached, S skip-worktree, M unmerged, C changed or deleted, ? untracked; lower case for
  // assume-unchanged), -s gives the mode of tracked ones.
  const listing = await git(['ls-files', '-z', '-v', '-s', '--cached', '--modified', '--others', '--exclude-per-directory=.gitignore'], { cwd: folder });
  const tracked = new Map<string, 'file' | 'link' | 'unsure' | 'repository'>();
  const untracked: string[] = [];
  for (const record of records(listing)) {
    const tag = record.charAt(0);
    if (tag === '?') {
      const path = record.slice(2);
      // An untracked folder git lists whole, unentered, holds a repository of its own.
      if (!path.endsWith('/')) untracked.push(path);
      continue;
    }
    // <tag> <mode> <object> <stage>\t<path>
    const path = record.slice(record.indexOf('\t') + 1);
    const mode = record.slice(2, 8);
    const before = tracked.get(path);
    // A path comes again when the working tree changed it (C), and once per stage when unmerged (M).
    if (mode === '160000' || before === 'repository') tracked.set(path, 'repository');
    else if (tag !== 'H' || before !== undefined) tracked.set(path, 'unsure');
    else tracked.set(path, mode === '120000' ? 'link' : 'file');
  }

  const listed: ListedFiles = { files: [], links: [], unsure: [...untracked] };
  const insideReplaced = replacedFolderTest(new Set(untracked));
  for (const [path, kind] of tracked) {
    if (kind !== 'repository' && !insideReplaced(path)) listed[kind === 'file' ? 'files' : kind === 'link' ? 'links' : 'unsure'].push(path);
  }
  return listed;
}

/** The NUL-terminated records of git's output, each decoded by `nameFromBytes`: the tags and modes are ASCII. */
function records(output: Buffer): string[] {
  const found: string[] = [];
  for (let start = 0; start < output.length; ) {
    const end = output.indexOf(0, start);
    const stop = end === -1 ? output.length : end;
    if (stop > start) found.push(nameFromBytes(output.subarray(start, stop)));
    start = stop + 1;
  }
  return found;
}

/** Whether a path lies under one of these paths, which git lists as untracked files: folders that were replaced. */
function replacedFolderTest(replaced: ReadonlySet<string>): (path: string) => boolean {
  if (replaced.size === 0) return () => false;
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
