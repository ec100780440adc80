import { lstatSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { listFiles } from '../git/list-files.js';
import { surelyOutsideGit } from '../git/outside-repository.js';
import { GitError, runGitForBytes, type GitBytesRunner } from '../git/run-git.js';
import { fileSystemPath, nameFromBytes } from './file-name.js';
import { fileMatcher, type Discovery } from './file-matcher.js';
import { walkFolder } from './walk-files.js';

export interface DiscoveredFiles {
  /** Sorted absolute paths. */
  files: string[];
  /** Files that match but are not read, by absolute path, with the reason: links that loop or leave the root. */
  refused: Map<string, string>;
  /** Of `files`, the symbolic links followed; the others were regular files when listed. */
  links: Set<string>;
}

/**
 * Lists the governance files under a folder, as docs/format.md ("Which files are read") says: one list of
 * candidate files, matched against the config's patterns by `fileMatcher`. In a Git working tree the list is
 * git's (see `listFiles`), which looks only at untracked files and the tracked ones git says changed; elsewhere,
 * or where git is not installed or fails, it comes from a walk that applies the .gitignore files as git does (see
 * `walkFolder`). Git is not even started where no `.git` is found above the folder (see `surelyOutsideGit`).
 *
 * A symbolic link to a file is followed only when its target lies inside the folder and is not listed already;
 * folders behind symbolic links are not entered.
 *
 * No glob library walks the folder (govlint used globby once): it would list files with matching and .gitignore
 * handling of its own, a second implementation beside git's list that would have to stay equivalent to it.
 */
export async function discoverFiles(folder: string, discovery: Discovery, git: GitBytesRunner = runGitForBytes): Promise<DiscoveredFiles> {
  const matcher = fileMatcher(discovery);
  const listed = surelyOutsideGit(folder)
    ? undefined
    : await listFiles(folder, git).catch((error: unknown) => {
        if (error instanceof GitError) return undefined;
        throw error;
      });
  const { files, links, unsure } = listed ?? { ...(await walkFolder(folder, matcher.skipsFolder)), unsure: [] };
  const matchedFiles = files.filter(matcher.matches);
  const matchedLinks = links.filter(matcher.matches);
  // Synchronously: for thousands of untracked files, faster than going through the thread pool.
  for (const path of unsure.filter(matcher.matches)) {
    const kind = kindOf(fileSystemPath(resolve(folder, path)));
    if (kind === 'file') matchedFiles.push(path);
    else if (kind === 'link') matchedLinks.push(path);
  }
  const absolute = absolutePaths(folder);
  return settle(folder, matchedFiles.map(absolute), matchedLinks.map(absolute));
}

/** A file, a symbolic link, or neither (a folder, or gone); a file when it cannot be looked at, for reading to report why. */
function kindOf(path: string | Buffer): 'file' | 'link' | undefined {
  try {
    const stats = lstatSync(path);
    return stats.isFile() ? 'file' : stats.isSymbolicLink() ? 'link' : undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : 'file';
  }
}

/** Absolute paths from POSIX paths relative to the folder, which both listings give normalised. */
function absolutePaths(folder: string): (path: string) => string {
  const base = resolve(folder);
  if (sep !== '/') return (path) => resolve(base, path);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (path) => prefix + path;
}

/** Follows the links that may be followed, and refuses the others with the reason. */
async function settle(folder: string, found: readonly string[], links: string[]): Promise<DiscoveredFiles> {
  const files = new Set(found);
  const refused = new Map<string, string>();
  const followed = new Set<string>();
  if (links.length > 0) {
    const root = await realpath(folder);
    for (const link of links.sort()) {
      const reason = await linkProblem(link, root, folder, files);
      if (reason === undefined) {
        files.add(link);
        followed.add(link);
      } else if (reason !== 'duplicate') refused.set(link, reason);
    }
  }
  return { files: [...files].sort(), refused, links: followed };
}

/** Why a symbolic link is not read, 'duplicate' when its target is read already, or undefined to read it. */
async function linkProblem(link: string, root: string, folder: string, listed: ReadonlySet<string>): Promise<string | undefined> {
  let target: string;
  try {
    target = nameFromBytes(await realpath(fileSystemPath(link), { encoding: 'buffer' }));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP'
      ? 'This is a symbolic link that loops: remove it'
      : 'This is a symbolic link to a file that does not exist: remove it or fix its target';
  }
  if (target !== root && !target.startsWith(`${root}${sep}`)) {
    return "This is a symbolic link to a file outside the repo's root, which govlint does not follow: copy the file in, or check that folder on its own";
  }
  // Listed paths are spelt from `folder`, which may itself sit behind a link.
  if (listed.has(resolve(folder) + target.slice(root.length))) return 'duplicate';
  return (await stat(fileSystemPath(target))).isFile() ? undefined : 'duplicate';
}
