import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileSystemPath, gitSpelling, isUtf8 } from './file-name.js';

/** A file to check: its path as findings show it and its raw text. */
export interface InputFile {
  path: string;
  text: string;
  /** Why the file could not be read faithfully (reported by files/readable); `text` holds what could be read. */
  problem?: string;
}

/** A NUL byte among the first bytes marks a binary file, as Git decides. */
const BINARY_SNIFF_BYTES = 8000;

export interface ReadOptions {
  cwd?: string;
  /** Larger files are not read beyond their first megabyte: a finding says so and the rest of the repo is still checked. */
  maxFileBytes: number;
  /** Called as files are read, for progress. */
  onRead?: (done: number, total: number) => void;
}

/**
 * Reads the files, naming each by its POSIX path relative to the working directory, as findings show it. A file
 * that cannot be read faithfully (gone, forbidden, too large, binary, not UTF-8) comes back with a `problem`, so
 * that it is reported and the run goes on. Reads are synchronous: nothing else waits on them, and for thousands of
 * small files they are faster than queueing each read on the thread pool.
 */
export function readFiles(absolutePaths: readonly string[], options: ReadOptions): InputFile[] {
  const cwd = options.cwd ?? process.cwd();
  return absolutePaths.map((absolute, index) => {
    const file = { path: displayPath(absolute, cwd), ...readOne(absolute, options.maxFileBytes) };
    options.onRead?.(index + 1, absolutePaths.length);
    return file;
  });
}

/**
 * Most governance files are small: each is read into one buffer kept for the whole run, without a stat, which saves
 * the stats and the new buffer `readFileSync` spends on every file.
 */
const SMALL_FILE_BYTES = 1_048_576;
let smallFileBuffer: Buffer | undefined;

function readOne(absolute: string, maxFileBytes: number): Omit<InputFile, 'path'> {
  let bytes: Buffer;
  try {
    const descriptor = openSync(fileSystemPath(absolute), 'r');
    try {
      const small = readIfSmall(descriptor, maxFileBytes);
      if (small) {
        bytes = small;
      } else {
        const { size } = fstatSync(descriptor);
        if (size > maxFileBytes) return { text: '', problem: tooLarge(size, maxFileBytes) };
        bytes = readFileSync(descriptor);
      }
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    return { text: '', problem: readFailure(error as NodeJS.ErrnoException) };
  }
  return textOf(bytes);
}

/** Why a file of this size is not read. */
export function tooLarge(size: number, maxFileBytes: number): string {
  return `This file is ${humanSize(size)}, more than the ${humanSize(maxFileBytes)} govlint reads (limits.maxFileBytes): split it, or raise the limit in the config`;
}

/** A file's text from its bytes, with the problem when it is binary or not UTF-8. */
export function textOf(bytes: Buffer): Omit<InputFile, 'path'> {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { text: '', problem: 'This is a binary file, not YAML or Markdown: remove it, or leave it out with `exclude` in the config' };
  }
  const text = bytes.toString('utf8');
  if (!text.includes('\uFFFD') || isUtf8(bytes)) return { text };
  const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
  return { text, problem: `This file is not valid UTF-8 (first at line ${line}): save it as UTF-8; govlint checked it with the bad bytes replaced` };
}

/**
 * The whole file in the shared buffer, when it is smaller than the buffer and within the limit: valid until the next
 * file is read. A read may stop short of the end (on some network file systems), so only a second read that finds
 * nothing more shows the end was reached. Reads are at explicit positions, so the file's own position stays at 0.
 */
function readIfSmall(descriptor: number, maxFileBytes: number): Buffer | undefined {
  smallFileBuffer ??= Buffer.allocUnsafe(SMALL_FILE_BYTES);
  const length = readSync(descriptor, smallFileBuffer, 0, SMALL_FILE_BYTES, 0);
  if (length >= SMALL_FILE_BYTES || length > maxFileBytes) return undefined;
  if (readSync(descriptor, smallFileBuffer, length, 1, length) !== 0) return undefined;
  return smallFileBuffer.subarray(0, length);
}

function readFailure(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'This file disappeared before govlint could read it: check again once the files stop changing';
    case 'EACCES':
    case 'EPERM':
      return 'This file cannot be read: permission denied. Give govlint read access, or leave it out with `exclude`';
    case 'ELOOP':
      return 'This is a symbolic link that loops: remove it';
    default:
      return `This file cannot be read (${error.code ?? error.message})`;
  }
}

function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1_048_576) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** The path findings show; a name that is not UTF-8 shows U+FFFD for its bad bytes, as Git's output decodes it. */
export function displayPath(absolute: string, cwd: string): string {
  // The common case, a normalised path under the working folder, without path.relative normalising both paths
  // each time: it costs more than reading the file.
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  const inside = absolute.startsWith(prefix) && !absolute.endsWith(sep) && !absolute.includes(`${sep}.`) && !absolute.includes(sep + sep);
  return gitSpelling((inside ? absolute.slice(prefix.length) : relative(cwd, absolute)).split(sep).join('/'));
}
