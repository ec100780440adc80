import { globby } from 'globby';
import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

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
 */
export async function discoverFiles(folder: string, { include, exclude }: Discovery): Promise<DiscoveredFiles> {
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
  const files = new Set<string>();
  const links: string[] = [];
  for (const entry of entries) {
    if (entry.dirent.isFile()) files.add(resolve(entry.path));
    else if (entry.dirent.isSymbolicLink()) links.push(resolve(entry.path));
  }
  const refused = new Map<string, string>();
  if (links.length > 0) {
    const root = await realpath(folder);
    for (const link of links) {
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
    target = await realpath(link);
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
  return (await stat(target)).isFile() ? undefined : 'duplicate';
}
