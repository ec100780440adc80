import { resolve } from 'node:path';
import { gitTopLevel } from '../git/top-level.js';
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

/** The Git top level, or undefined outside a repository and where git is not installed (govlint works without it). */
export async function gitRootOrNone(from: string): Promise<string | undefined> {
  try {
    return await gitTopLevel(from);
  } catch (error) {
    if (error instanceof GitError && error.failure === 'not-found') return undefined;
    throw error;
  }
}
