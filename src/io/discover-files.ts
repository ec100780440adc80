import { lstatSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { listFiles } from '../git/list-files.js';
import { surelyOutsideGit } from '../git/outside-repository.js';
import { GitError, runGit, type GitRunner } from '../git/run-git.js';
import { fileSystemPath, nameFromBytes } from './file-name.js';
import { globFilter } from './glob-filter.js';
import { walkFolder, type Candidates } from './walk-files.js';

/** Never governance, whatever the config says. */
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**', '**/.github/**'];

export interface Discovery {
  include: readonly string[];
  exclude: readonly string[];
}

export interface DiscoveredFiles {
  /** Sorted absolute paths. */
  files: string[];
  /** Files that match but are not read, by absolute path, with the reason: links that loop or leave the root. */
  refused: Map<string, string>;
}

/**
 * Lists the governance files under a folder: those matching `include` and neither `exclude` nor .gitignore; hidden
 * files and folders are skipped. A symbolic link to a file is followed only when its target lies inside the
 * folder and is not listed already; folders behind symbolic links are not entered.
 *
 * In a Git working tree, git lists the files (see `discoverWithGit`); elsewhere (git is not even started where no
 * `.git` is found above the folder, see `surelyOutsideGit`), where git is not installed or
 * where it fails, the folder is walked (see `discoverWithWalk`); for the patterns neither reproduces, globby walks
 * it, loaded only then, since loading it costs more than the rest of a small run. All give the same files.
 */
export async function discoverFiles(folder: string, discovery: Discovery, git: GitRunner = runGit): Promise<DiscoveredFiles> {
  const listed = surelyOutsideGit(folder) ? undefined : await discoverWithGit(folder, discovery, git);
  return listed ?? (await discoverWithWalk(folder, discovery)) ?? (await discoverWithGlobby(folder, discovery));
}

/**
 * Whether a file at this POSIX path, relative to the folder, would be discovered, whether or not it is there: for
 * the files Git holds at another commit. Hidden files and the patterns are matched as discovery matches them, and
 * as picomatch does for the few patterns `globFilter` does not reproduce.
 */
export async function discoveryMatcher(folder: string, { include, exclude }: Discovery): Promise<(path: string) => boolean> {
  const filter = await globFilter(folder, include, [...ALWAYS_EXCLUDED, ...exclude]);
  if (filter) return filter.matches;
  const included = picomatch([...include], { dot: false, posix: true });
  const ignored = picomatch([...ALWAYS_EXCLUDED, ...exclude], { dot: true, posix: true });
  return (path) => included(path) && !ignored(path);
}

/**
 * Discovery from `git ls-files` (two invocations, see `listFiles`) and the patterns matched as globby matches
 * them (see `globFilter`), without walking the folder nor looking at every file: only untracked files and the
 * tracked ones git says changed are looked at. Undefined, for globby to do it, when the folder is in no Git working
 * tree or git fails, when a pattern is of a kind `globFilter` does not reproduce, when the folder holds another
 * repository (a submodule, or an untracked clone), whose files git does not list, or when a name git lists may not
 * be UTF-8: it comes with U+FFFD for the bad bytes, which leads to no file, and the walk reads names as bytes.
 */
export async function discoverWithGit(folder: string, { include, exclude }: Discovery, git: GitRunner = runGit): Promise<DiscoveredFiles | undefined> {
  const [filter, listed] = await Promise.all([
    globFilter(folder, include, [...ALWAYS_EXCLUDED, ...exclude]),
    listFiles(folder, git).catch((error: unknown) => {
      if (error instanceof GitError) return undefined;
      throw error;
    }),
  ]);
  if (!filter || !listed || listed.repositories.some((path) => !filter.skipsFolder(path))) return undefined;
  if ([listed.files, listed.links, listed.unsure].some((paths) => paths.some((path) => path.includes('\uFFFD')))) return undefined;
  const files = listed.files.filter(filter.matches);
  const links = listed.links.filter(filter.matches);
  // Synchronously: for thousands of untracked files, faster than going through the thread pool.
  for (const path of listed.unsure.filter(filter.matches)) {
    const kind = kindOf(resolve(folder, path));
    if (kind === 'file') files.push(path);
    else if (kind === 'link') links.push(path);
  }
  const absolute = absolutePaths(folder);
  return settle(folder, { files: files.map(absolute), links: links.map(absolute) });
}

/**
 * Discovery by reading the folders, with the patterns matched as globby matches them (see `globFilter`) and the
 * .gitignore files applied as globby applies them (see `walkFolder`). Undefined, for globby to do it, when a
 * pattern is of a kind `globFilter` does not reproduce, or names a file in a folder the walk skips.
 */
export async function discoverWithWalk(folder: string, { include, exclude }: Discovery): Promise<DiscoveredFiles | undefined> {
  const filter = await globFilter(folder, include, [...ALWAYS_EXCLUDED, ...exclude]);
  const candidates = filter && (await walkFolder(folder, filter));
  return candidates && settle(folder, candidates);
}

/** Discovery by walking the folder with globby, which stats every file it lists. */
export async function discoverWithGlobby(folder: string, { include, exclude }: Discovery): Promise<DiscoveredFiles> {
  const { globby } = await import('globby');
  const entries = await globby([...include], {
    cwd: folder,
    absolute: true,
    ignore: [...ALWAYS_EXCLUDED, ...exclude],
    gitignore: true,
    dot: false,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
  });
  const candidates: Candidates = { files: [], links: [] };
  for (const entry of entries) {
    if (entry.dirent.isFile()) candidates.files.push(resolve(entry.path));
    else if (entry.dirent.isSymbolicLink()) candidates.links.push(resolve(entry.path));
  }
  return settle(folder, candidates);
}

/** A file, a symbolic link, or neither (a folder, or gone); a file when it cannot be looked at, for reading to report why. */
function kindOf(path: string): 'file' | 'link' | undefined {
  try {
    const stats = lstatSync(path);
    return stats.isFile() ? 'file' : stats.isSymbolicLink() ? 'link' : undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : 'file';
  }
}

/** Absolute paths from POSIX paths relative to the folder, which git gives normalised. */
function absolutePaths(folder: string): (path: string) => string {
  const base = resolve(folder);
  if (sep !== '/') return (path) => resolve(base, path);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (path) => prefix + path;
}

/** Follows the links that may be followed, and refuses the others with the reason. */
async function settle(folder: string, { files: found, links }: Candidates): Promise<DiscoveredFiles> {
  const files = new Set(found);
  const refused = new Map<string, string>();
  if (links.length > 0) {
    const root = await realpath(folder);
    for (const link of links.sort()) {
      const reason = await linkProblem(link, root, folder, files);
      if (reason === undefined) files.add(link);
      else if (reason !== 'duplicate') refused.set(link, reason);
    }
  }
  return { files: [...files].sort(), refused };
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
