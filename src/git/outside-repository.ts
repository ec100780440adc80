import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Whether a folder is surely in no Git repository, known without starting git: no `.git` (a folder, or the file a
 * worktree or submodule has) in it or in any folder above it, and no GIT_DIR or GIT_WORK_TREE pointing elsewhere.
 * Starting git costs more than a check of a small repo; where this says false, git is asked as usual.
 */
export function surelyOutsideGit(folder: string): boolean {
  if (process.env.GIT_DIR !== undefined || process.env.GIT_WORK_TREE !== undefined) return false;
  for (let current = resolve(folder); ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return false;
    if (dirname(current) === current) return true;
  }
}
