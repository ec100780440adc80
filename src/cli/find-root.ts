import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gitTopLevel } from '../git/top-level.js';
import { surelyOutsideGit } from '../git/outside-repository.js';
import { GitError } from '../git/run-git.js';
import { UsageError } from '../util/usage-error.js';

/**
 * The root of the governance repo, whose files are all loaded so that references resolve: --root when given, else
 * the folder of the config file (found by searching or given with --config), else the Git top level, else the
 * current folder. Absolute, with symbolic links resolved, as discovery and Git spell the files under it.
 */
export async function findRoot(explicit: string | undefined, configDir: string | undefined, from: string): Promise<string> {
  if (explicit !== undefined) return realpath(await existingFolder(explicit));
  if (configDir !== undefined) return realpath(configDir);
  return (await gitRootOrNone(from)) ?? process.cwd();
}

/** The folder --root names, absolute; a usage error when it is missing or not a folder, never a folder created. */
async function existingFolder(given: string): Promise<string> {
  const absolute = resolve(given);
  const stats = await stat(absolute).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`--root ${given}: ${error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 'no such folder' : `cannot be read (${error.code ?? error.message})`}`);
  });
  if (!stats.isDirectory()) throw new UsageError(`--root ${given} is a file: give the folder that holds the governance repo`);
  return absolute;
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
