import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { namedFolder, refuseLinks } from '../io/safe-write.js';
import type { ParseLimits } from '../parse/parse-file.js';
import { ParseCache } from '../parse/parse-cache.js';
import { UsageError } from '../util/usage-error.js';
import { VERSION } from './version.js';
import { writeProblem } from './write-files.js';

/**
 * Where the cache is kept by default, under the root: a hidden folder, which file discovery never enters, that
 * holds a .gitignore ignoring it (see ParseCache.save), so that Git never takes it in.
 */
export const DEFAULT_CACHE_FOLDER = '.govlint-cache';

/**
 * Raised when what parsing gives for a text changes (its shape, the syntax messages, which documents count), so
 * that caches written before are dropped: 2 since yaml/syntax speaks plainly and documents after `...` count; 3
 * since documents carry the positions of their nodes and a Markdown body its first table; 4 since a Markdown body
 * no longer carries a table (RACI tables are read when the model is built).
 */
const CACHE_FORMAT = 4;

/** A --cache-location that names a folder (one that exists, or written with a trailing slash) gets a file in it. */
function cacheFile(location: string): string {
  return resolve(/[\\/]$/.test(location) || isFolder(location) ? join(location, 'govlint-parsed') : location);
}

/** Whether a folder is there; not when nothing is, or what is there cannot be looked at (saving the cache will say why). */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The cache for this run, in `location` or by default in .govlint-cache/parsed under the governance repo's root;
 * dropped when govlint, its YAML parser or the parse limits differ from those that wrote it.
 *
 * Under --no-code the repo is not trusted, and a cache inside it is refused: what it holds is taken for what the
 * files say, so a planted one could hide findings. A cache kept outside, from trusted runs, is used. A symbolic
 * link on the way to the cache (below the root, or the folder named) is refused before the run, as for any write.
 */
export function openCache(root: string, location: string | undefined, limits: ParseLimits, trusted: boolean): ParseCache {
  const file = location === undefined ? join(resolve(root), DEFAULT_CACHE_FOLDER, 'parsed') : cacheFile(location);
  const base = location === undefined ? resolve(root) : namedFolder(location);
  const fromRoot = relative(resolve(root), file);
  const inside = fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot);
  if (!trusted && inside) {
    throw new UsageError('--cache under --no-code must be kept outside the repo being checked (--cache-location): a cache inside an untrusted repo could hide findings');
  }
  const yamlVersion = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;
  const stamp = `govlint ${VERSION}, yaml ${yamlVersion}, cache format ${CACHE_FORMAT}, maxDocuments ${limits.maxDocuments}`;
  try {
    refuseLinks(base, file);
  } catch (error) {
    throw writeProblem(file, error);
  }
  return ParseCache.load(file, stamp, base);
}
