import { resolve } from 'node:path';
import { gitTopLevel } from '../git/top-level.js';
import { surelyOutsideGit } from '../git/outside-repository.js';
import { GitError } from '../git/run-git.js';

/**
 * The root of the governance repo, whose files are all loaded so that references resolve: --root when given, else
 * the folder of the config file found by searching, else the Git top level, else the current folder.
 */
export async function findRoot(explicit: string | undefined, configDir: string | undefined, from: string): Promise<string> {
  if (explicit !== undefined) return resolve(explicit);
  if (configDir !== undefined) return configDir;
  return (await gitRootOrNone(from)) ?? process.cwd();
}

const topLevels = new Map<string, Promise<string | undefined>>();

/**
 * The Git top level, or undefined outside a repository and where git is not installed (govlint works without it).
 * Asked once per folder: finding the root and loading the history ask about the same one.
 */
export function gitRootOrNone(from: string): Promise<string | undefined> {
  let topLevel = topLevels.get(from);
  if (!topLevel) {
    topLevel = surelyOutsideGit(from) ? Promise.resolve(undefined) : gitTopLevel(from).catch((error: unknown) => {
      if (error instanceof GitError && error.failure === 'not-found') return undefined;
      throw error;
    });
    topLevels.set(from, topLevel);
  }
  return topLevel;
}
