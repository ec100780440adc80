import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Whether a folder is surely in no Git repository, known without starting git: no `.git` in it or in any folder
 * above it (see `folderWithGit`), and no GIT_DIR or GIT_WORK_TREE pointing elsewhere. Starting git costs more than
 * a check of a small repo; where this says false, git is asked as usual.
 */
export function surelyOutsideGit(folder: string): boolean {
  if (process.env.GIT_DIR !== undefined || process.env.GIT_WORK_TREE !== undefined) return false;
  return folderWithGit(folder) === undefined;
}

/** The nearest folder, from this one up, holding a `.git` folder or file (the file a worktree or submodule has). */
export function folderWithGit(folder: string): string | undefined {
  for (let current = resolve(folder); ; current = dirname(current)) {
    if (isFolderOrFile(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

function isFolderOrFile(path: string): boolean {
  try {
    const stats = statSync(path);
    return stats.isDirectory() || stats.isFile();
  } catch {
    // Not there, or not to be looked at: no repository marked here.
    return false;
  }
}
