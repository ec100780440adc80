import { stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import picomatch from 'picomatch';

/**
 * Which paths globby would list under a folder for `include` and `ignore` patterns, with the options discovery
 * gives it (`dot: false`, symbolic links not followed, `.gitignore` aside), decided from a list of paths rather
 * than by walking the folder.
 */
export interface GlobFilter {
  /** Whether globby would list the file or symbolic link at this POSIX path, relative to the folder. */
  matches(path: string): boolean;
  /** Whether globby would never look inside this folder (POSIX, relative): hidden, or pruned by an ignore pattern. */
  skipsFolder(path: string): boolean;
  /** The paths (POSIX, relative) named by include patterns without wildcards, which globby looks up even in a folder it skips. */
  named: readonly string[];
}

/**
 * The regular expressions globby's fast-glob builds (micromatch's, which are picomatch's), with its options:
 * include patterns never match a hidden file or folder unless they name it, ignore patterns do.
 */
const INCLUDE_OPTIONS: picomatch.PicomatchOptions = { dot: false, posix: true, strictSlashes: false, windows: false };
const IGNORE_OPTIONS: picomatch.PicomatchOptions = { ...INCLUDE_OPTIONS, dot: true };

interface IncludePattern {
  regex: RegExp;
  /** For a pattern with wildcards, the folder it starts from ('' for the folder itself), below which ignore patterns prune folders. */
  base?: string;
}

/**
 * Builds the filter as globby 16 with fast-glob 3 behaves: folders named by a pattern (`docs`, `**\/drafts`)
 * stand for everything in them; brace groups are expanded; a file is listed when an include pattern matches it
 * and no ignore pattern does, and no folder on its way down from where that pattern starts is pruned by an ignore
 * pattern that fast-glob uses to skip folders (one ending in `/**`, or whose last part has no wildcard), as
 * fast-glob matches those with `dot: false`. A pattern with no wildcard names one path, found without walking.
 *
 * Undefined for patterns this does not reproduce, for which the caller asks globby itself: negated (`!…`),
 * absolute, with `.` or `..` parts or `//`, with nested brace groups or `{a..b}` ranges, or empty.
 */
export async function globFilter(folder: string, include: readonly string[], ignore: readonly string[]): Promise<GlobFilter | undefined> {
  if (![...include, ...ignore].every(supported)) return undefined;
  const [includes, ignores] = await Promise.all([expandDirectories(folder, include), expandDirectories(folder, ignore)]);
  const includePatterns = expandAll(includes);
  const ignorePatterns = expandAll(ignores);
  if (!includePatterns || !ignorePatterns) return undefined;

  const positive = includePatterns.map((pattern): IncludePattern => {
    const regex = picomatch.makeRe(pattern, INCLUDE_OPTIONS);
    return isDynamic(pattern) ? { regex, base: picomatch.scan(pattern).base } : { regex };
  });
  // fast-glob walks from the folder itself as soon as one pattern starts there.
  if (positive.some((pattern) => pattern.base === '')) {
    for (const pattern of positive) if (pattern.base !== undefined) pattern.base = '';
  }
  const negative = ignorePatterns.map((pattern) => picomatch.makeRe(pattern, IGNORE_OPTIONS));
  const pruning = ignorePatterns.filter(prunesFolders).map((pattern) => picomatch.makeRe(pattern, INCLUDE_OPTIONS));

  const pruned = new Map<string, boolean>();
  /** Whether fast-glob would skip this folder or one of its parents below `base`. */
  const prunedBelow = (folderPath: string, base: string): boolean => {
    if (folderPath.length <= base.length) return false;
    const key = `${base}\0${folderPath}`;
    let answer = pruned.get(key);
    if (answer === undefined) {
      const slash = folderPath.lastIndexOf('/');
      answer = pruning.some((regex) => regex.test(folderPath)) || (slash !== -1 && prunedBelow(folderPath.slice(0, slash), base));
      pruned.set(key, answer);
    }
    return answer;
  };
  const namesHidden = include.some((pattern) => /(^|\/)\./.test(pattern));

  return {
    named: includePatterns.filter((pattern) => !isDynamic(pattern)),
    matches(path) {
      if (negative.some((regex) => regex.test(path))) return false;
      const folderPath = path.slice(0, Math.max(0, path.lastIndexOf('/')));
      return positive.some(({ regex, base }) => regex.test(path) && (base === undefined || !prunedBelow(folderPath, base)));
    },
    skipsFolder(path) {
      return prunedBelow(path, '') || (!namesHidden && /(^|\/)\./.test(path));
    },
  };
}

function supported(pattern: string): boolean {
  return pattern !== '' && !pattern.startsWith('!') && !pattern.startsWith('/') && !/(^|\/)\.\.?(\/|$)/.test(pattern) && !pattern.includes('//');
}

/** As globby's `expandDirectories`: `**\/name` (no wildcard, no extension) and the path of a folder stand for all they hold. */
async function expandDirectories(folder: string, patterns: readonly string[]): Promise<string[]> {
  return Promise.all(
    patterns.map(async (pattern) => {
      const name = /\*\*\/([^/]+)$/.exec(pattern)?.[1];
      if (name !== undefined && !/[*?[\]{}]/.test(name) && !(posix.extname(name) !== '' && !name.startsWith('.'))) return posix.join(pattern, '**');
      const isFolder = await stat(join(folder, pattern)).then(
        (stats) => stats.isDirectory(),
        () => false,
      );
      return isFolder ? posix.join(pattern, '**') : pattern;
    }),
  );
}

/** The patterns with their brace groups expanded, or undefined when one of them is not supported. */
function expandAll(patterns: readonly string[]): string[] | undefined {
  const expanded = patterns.flatMap(expandBraces);
  return expanded.every((pattern): pattern is string => pattern !== undefined && supported(pattern)) ? expanded : undefined;
}

/**
 * Expands the brace groups holding a comma, as fast-glob does before matching (`*.{yaml,yml}` gives `*.yaml` and
 * `*.yml`); a group with no comma stays as it is. Undefined inside for what this does not expand as fast-glob
 * would: nested groups, `{a..b}` ranges, unmatched braces, and escapes in a pattern with braces.
 */
function expandBraces(pattern: string): (string | undefined)[] {
  if (!pattern.includes('{') && !pattern.includes('}')) return [pattern];
  if (pattern.includes('\\') || /[{}]/.test(pattern.replace(/\{[^{}]*\}/g, ''))) return [undefined];
  const groups = [...pattern.matchAll(/\{([^{}]*)\}/g)];
  if (groups.some((group) => group[1]!.includes('..'))) return [undefined];
  const group = groups.find((candidate) => candidate[1]!.includes(','));
  if (!group) return [pattern];
  const before = pattern.slice(0, group.index);
  const after = pattern.slice(group.index + group[0].length);
  const expanded = group[1]!.split(',').flatMap((choice) => expandBraces(`${before}${choice}${after}`));
  return [...new Set(expanded)].filter((choice) => choice !== '');
}

// From fast-glob's utils/pattern.js, which decides what is static and which ignore patterns prune folders.
const COMMON_GLOB_SYMBOLS = /[*?]|^!/;
const CHARACTER_CLASS = /\[[^[]*]/;
const REGEX_GROUP = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
const GLOB_EXTENSION = /[!*+?@]\([^(]*\)/;

function isDynamic(pattern: string): boolean {
  if (pattern === '') return false;
  if (pattern.includes('\\')) return true;
  return COMMON_GLOB_SYMBOLS.test(pattern) || CHARACTER_CLASS.test(pattern) || REGEX_GROUP.test(pattern) || GLOB_EXTENSION.test(pattern) || hasBraceExpansion(pattern);
}

function hasBraceExpansion(pattern: string): boolean {
  const open = pattern.indexOf('{');
  if (open === -1) return false;
  const close = pattern.indexOf('}', open + 1);
  return close !== -1 && /,|\.\./.test(pattern.slice(open, close));
}

/** An ignore pattern fast-glob also uses to skip whole folders: ending in `/**`, or whose last part is static. */
function prunesFolders(pattern: string): boolean {
  return pattern.endsWith('/**') || !isDynamic(posix.basename(pattern));
}
