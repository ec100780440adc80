import picomatch from 'picomatch';

/** The config's patterns: which files under the root are governance (see docs/format.md, "Which files are read"). */
export interface Discovery {
  include: readonly string[];
  exclude: readonly string[];
}

/** Which files, by POSIX path relative to the root, the patterns select; the only place patterns are matched. */
export interface FileMatcher {
  /** Whether the file (or symbolic link) at this path is read, if the listing holds it. */
  matches(path: string): boolean;
  /** Whether no file below this folder can match, so that a walk need not enter it. */
  skipsFolder(path: string): boolean;
}

/** Never governance, whatever the config says. */
const ALWAYS_EXCLUDED = ['**/node_modules', '**/.git', '**/.github'];

/** Include patterns match a hidden part of a path only where they spell its dot; exclude patterns match any. */
const INCLUDE_OPTIONS: picomatch.PicomatchOptions = { dot: false, posix: true, windows: false };
const EXCLUDE_OPTIONS: picomatch.PicomatchOptions = { ...INCLUDE_OPTIONS, dot: true };

/**
 * The matcher for these patterns, with picomatch: a file is read when an include pattern matches it and neither an
 * exclude pattern, an include pattern starting with `!`, nor ALWAYS_EXCLUDED does. As in .gitignore, a pattern that
 * matches a folder matches everything in it (`docs` stands for `docs/**`), which also makes `skipsFolder` exact.
 * A file or folder whose name starts with a dot is read only when an include pattern spells a part starting with
 * one (`.well-known/**`); otherwise hidden folders are not entered at all.
 */
export function fileMatcher({ include, exclude }: Discovery): FileMatcher {
  const positive = include.filter((pattern) => !pattern.startsWith('!'));
  const negative = [...ALWAYS_EXCLUDED, ...include.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1)), ...exclude];
  const included = positive.length === 0 ? () => false : picomatch(positive.flatMap(withContents), INCLUDE_OPTIONS);
  const excluded = picomatch(negative.flatMap(withContents), EXCLUDE_OPTIONS);
  // The dot after the start, a slash, or a brace group's opening or comma: `{.well-known,docs}/**` names one too.
  const namesHidden = positive.some((pattern) => /(^|[/{,])\./.test(pattern));
  const hiddenAndUnnamed = (path: string) => !namesHidden && /(^|\/)\./.test(path);
  return {
    matches: (path) => !hiddenAndUnnamed(path) && included(path) && !excluded(path),
    skipsFolder: (path) => hiddenAndUnnamed(path) || excluded(path),
  };
}

/** The pattern and what it matches when it matches a folder; one ending in a slash matches folders only. */
function withContents(pattern: string): string[] {
  return pattern.endsWith('/') ? [`${pattern}*`, `${pattern}*/**`] : [pattern, `${pattern}/**`];
}

/**
 * Why a pattern of the config's `include` or `exclude` cannot be used, or undefined: patterns are POSIX paths
 * relative to the root, so none starts with `/` or `./`, nor holds a `.` or `..` part; `!` starts an include
 * pattern that leaves files out, and means nothing in `exclude`.
 */
export function patternProblem(pattern: string, key: 'include' | 'exclude'): string | undefined {
  const body = key === 'include' && pattern.startsWith('!') ? pattern.slice(1) : pattern;
  if (body === '') return 'is empty';
  if (key === 'exclude' && body.startsWith('!')) return "starts with '!', which only include patterns may: list the files to keep in include";
  if (body.startsWith('/')) return 'starts with /: patterns are relative to the root, write it without the slash';
  if (/(^|\/)\.\.?(\/|$)/.test(body)) return "holds a '.' or '..' part: patterns are relative to the root and cannot leave it, write the path from the root";
  return undefined;
}
