import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { UsageError } from '../config/config-error.js';

/** A folder or file named on the command line: what findings are reported for. */
export interface Target {
  absolute: string;
  isFolder: boolean;
}

export async function resolveTargets(paths: readonly string[]): Promise<Target[]> {
  return Promise.all(
    (paths.length > 0 ? paths : ['.']).map(async (path) => {
      const absolute = resolve(path);
      const stats = await stat(absolute).catch(() => undefined);
      if (!stats) throw new UsageError(`no such file or folder: ${path}`);
      return { absolute, isFolder: stats.isDirectory() };
    }),
  );
}

/** Whether a file is one of the targets or lies in one of the target folders; each folder's prefix worked out once. */
export function targetMatcher(targets: readonly Target[]): (absoluteFile: string) => boolean {
  const folders = targets.filter((target) => target.isFolder).map((target) => (target.absolute.endsWith(sep) ? target.absolute : `${target.absolute}${sep}`));
  const files = new Set(targets.filter((target) => !target.isFolder).map((target) => target.absolute));
  return (absoluteFile) => files.has(absoluteFile) || folders.some((folder) => absoluteFile.startsWith(folder));
}
