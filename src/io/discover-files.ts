import { globby } from 'globby';
import { resolve } from 'node:path';

/** Never governance, whatever the config says. */
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**', '**/.github/**'];

export interface Discovery {
  include: readonly string[];
  exclude: readonly string[];
}

/**
 * Lists the governance files under a folder, as sorted absolute paths: those matching `include` and neither
 * `exclude` nor .gitignore; hidden files and folders are skipped.
 */
export async function discoverFiles(folder: string, { include, exclude }: Discovery): Promise<string[]> {
  const files = await globby([...include], {
    cwd: folder,
    absolute: true,
    ignore: [...ALWAYS_EXCLUDED, ...exclude],
    gitignore: true,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: false,
  });
  return files.map((file) => resolve(file)).sort();
}
