import { isAbsolute, join, relative, sep } from 'node:path';
import { LinkInTheWay, namedFolder, refuseLinks, writeSafely } from '../io/safe-write.js';
import { UsageError } from '../util/usage-error.js';

/** A file to write, at a POSIX path relative to the folder it is written in. */
export interface FileToWrite {
  path: string;
  text: string;
}

/** What a write did: the paths written and the paths left alone because a file was there already. */
export interface WriteResult {
  written: string[];
  skipped: string[];
}

/**
 * Writes files under `root`, a folder the user named, creating folders as needed and never through a symbolic
 * link (see safe-write.ts): every path is looked at before anything is written. Without `overwrite`, an existing
 * file is never touched (the check and the write are one step, so nothing is lost to a race) and is listed as skipped.
 */
export function writeFiles(root: string, files: readonly FileToWrite[], overwrite: boolean): WriteResult {
  const base = namedFolder(root);
  refuseLinksUnder(root, files.map((file) => file.path));
  const result: WriteResult = { written: [], skipped: [] };
  for (const { path, text } of files) {
    const absolute = join(root, path);
    try {
      (writeSafely(base, absolute, text, overwrite) ? result.written : result.skipped).push(path);
    } catch (error) {
      throw writeProblem(absolute, error);
    }
  }
  return result;
}

/** Refuses, with the one line `writeProblem` gives, when a symbolic link stands on the way to one of these paths under `root`. */
export function refuseLinksUnder(root: string, paths: readonly string[]): void {
  const base = namedFolder(root);
  for (const path of paths) {
    const absolute = join(root, path);
    try {
      refuseLinks(base, absolute);
    } catch (error) {
      throw writeProblem(absolute, error);
    }
  }
}

/** Why a file could not be written, as the one line of a usage error. */
export function writeProblem(absolute: string, error: unknown): UsageError {
  return new UsageError(`cannot write ${shownPath(absolute)}: ${fileSystemProblem(error)}`);
}

/** A file system error, or a symbolic link in the way, as a short reason for a one-line message. */
export function fileSystemProblem(error: unknown): string {
  if (error instanceof LinkInTheWay) {
    return `${error.link === error.file ? 'it' : shownPath(error.link)} is a symbolic link, and govlint never writes through one`;
  }
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EEXIST: 'a file is in the way of a folder',
    EISDIR: 'a folder is in the way of a file',
    ENOSPC: 'no space left on the device',
    ENOENT: 'the file system refused to create it',
  };
  const { code, message } = error as NodeJS.ErrnoException;
  return (code && reasons[code]) || String(message ?? error).split('\n')[0]!;
}

/** A path as users see it: relative to the working folder when inside it, POSIX separators. */
export function shownPath(absolute: string): string {
  const path = relative(process.cwd(), absolute);
  const outside = path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path);
  return (path === '' ? '.' : outside ? absolute : path).replaceAll('\\', '/');
}
