import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { UsageError } from '../config/config-error.js';

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
 * Writes files under `root`, creating folders as needed. Without `overwrite`, an existing file is never touched
 * (the check and the write are one step, so nothing is lost to a race) and is listed as skipped.
 */
export async function writeFiles(root: string, files: readonly FileToWrite[], overwrite: boolean): Promise<WriteResult> {
  const result: WriteResult = { written: [], skipped: [] };
  for (const { path, text } of files) {
    const absolute = join(root, path);
    try {
      await makeFolders(dirname(absolute));
      await writeFile(absolute, text, { flag: overwrite ? 'w' : 'wx' });
      result.written.push(path);
    } catch (error) {
      if (!overwrite && (error as NodeJS.ErrnoException).code === 'EEXIST') result.skipped.push(path);
      else throw new UsageError(`cannot write ${shownPath(absolute)}: ${fileSystemProblem(error)}`);
    }
  }
  return result;
}

/**
 * Creates a folder and its missing parents, one at a time: Node's recursive mkdir never returns on file systems
 * that refuse with ENOENT under an existing parent (such as /proc).
 */
export async function makeFolders(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let current = folder; !(await stat(current).then(() => true, () => false)); current = dirname(current)) {
    missing.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const path of missing) {
    await mkdir(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}

/** A file system error as a short reason for a one-line message. */
export function fileSystemProblem(error: unknown): string {
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
