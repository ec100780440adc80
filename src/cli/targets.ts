import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { UsageError } from '../util/usage-error.js';

/** A folder or file named on the command line: what findings are reported for. */
export interface Target {
  /** As the user wrote it, for messages. */
  given: string;
  /**
   * Absolute, with symbolic links resolved as discovery spells the files it lists: a folder's whole path; a
   * file's folder, but its own name, since a symbolic link to a file is listed under the link's name.
   */
  absolute: string;
  /** For a file, its own path with every link resolved: the file a link that discovery leaves out stands for. */
  real: string;
  isFolder: boolean;
}

export async function resolveTargets(paths: readonly string[]): Promise<Target[]> {
  return Promise.all(
    (paths.length > 0 ? paths : ['.']).map(async (given) => {
      const resolved = resolve(given);
      const stats = await stat(resolved).catch(() => undefined);
      if (!stats) throw new UsageError(`no such file or folder: ${given}`);
      const real = await realpath(resolved);
      const absolute = stats.isDirectory() ? real : join(await realpath(dirname(resolved)), basename(resolved));
      return { given, absolute, real, isFolder: stats.isDirectory() };
    }),
  );
}

/**
 * Refuses a target that lies outside the root (a symbolic link counts by where it leads): govlint loads only the
 * root's files, so findings for it could never come. A folder that holds the root covers all of it.
 */
export function checkTargetsInRoot(targets: readonly Target[], root: string): void {
  const rootPrefix = root.endsWith(sep) ? root : `${root}${sep}`;
  for (const target of targets) {
    const inside = target.absolute === root || target.absolute.startsWith(rootPrefix);
    const holdsRoot = target.isFolder && rootPrefix.startsWith(target.absolute.endsWith(sep) ? target.absolute : `${target.absolute}${sep}`);
    if (inside || holdsRoot) continue;
    const named = target.given === '.' ? 'the current folder' : target.given;
    const leads = target.absolute === resolve(target.given) ? '' : ` leads to ${target.absolute}, which`;
    throw new UsageError(`${named}${leads} is outside the repo's root, ${root}: name folders or files under the root, or set the root with --root`);
  }
}

/** Whether a file is one of the targets or lies in one of the target folders; each folder's prefix worked out once. */
export function targetMatcher(targets: readonly Target[]): (absoluteFile: string) => boolean {
  const folders = targets.filter((target) => target.isFolder).map((target) => (target.absolute.endsWith(sep) ? target.absolute : `${target.absolute}${sep}`));
  const files = new Set(targets.filter((target) => !target.isFolder).flatMap((target) => [target.absolute, target.real]));
  return (absoluteFile) => files.has(absoluteFile) || folders.some((folder) => absoluteFile.startsWith(folder));
}
