import { globby } from 'globby';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../config/config-error.js';

/** Never governance, whatever the config says. */
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**', '**/.github/**'];

export interface Discovery {
  include: readonly string[];
  exclude: readonly string[];
}

/**
 * Lists the files to check, as sorted absolute paths: in each folder given, the files matching `include` and not
 * `exclude` nor .gitignore (hidden files and folders are skipped); a file given by name is always checked.
 */
export async function discoverFiles(paths: readonly string[], { include, exclude }: Discovery): Promise<string[]> {
  const found = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(path);
    const kind = await stat(absolute).then(
      (stats) => (stats.isDirectory() ? 'folder' : 'file'),
      () => undefined,
    );
    if (kind === undefined) throw new UsageError(`no such file or folder: ${path}`);
    if (kind === 'file') {
      found.add(absolute);
      continue;
    }
    const files = await globby([...include], {
      cwd: absolute,
      absolute: true,
      ignore: [...ALWAYS_EXCLUDED, ...exclude],
      gitignore: true,
      dot: false,
      onlyFiles: true,
      followSymbolicLinks: false,
    });
    for (const file of files) found.add(resolve(file));
  }
  return [...found].sort();
}
