import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { ParseLimits } from '../parse/parse-file.js';
import { ParseCache } from '../parse/parse-cache.js';
import { VERSION } from './version.js';

/** Raised when what a cached file holds changes shape, so that caches written before are dropped. */
const CACHE_FORMAT = 1;

/**
 * The cache for this run, in `location` or by default in node_modules/.cache/govlint/parsed under the governance
 * repo's root; dropped when govlint, its YAML parser or the parse limits differ from those that wrote it.
 */
export function openCache(root: string, location: string | undefined, limits: ParseLimits): ParseCache {
  const yamlVersion = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;
  const stamp = `govlint ${VERSION}, yaml ${yamlVersion}, cache format ${CACHE_FORMAT}, maxDocuments ${limits.maxDocuments}`;
  return ParseCache.load(resolve(location ?? join(root, 'node_modules', '.cache', 'govlint', 'parsed')), stamp);
}
