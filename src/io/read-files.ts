import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { UsageError } from '../config/config-error.js';
import type { InputFile } from '../engine/lint.js';

/** How many files are read at once: enough to keep the disk busy, few enough not to run out of file handles. */
const CONCURRENCY = 64;

/** Reads the files, naming each by its POSIX path relative to the working directory, as findings show it. */
export async function readFiles(absolutePaths: readonly string[], cwd = process.cwd()): Promise<InputFile[]> {
  const files: InputFile[] = new Array(absolutePaths.length);
  let next = 0;
  const worker = async () => {
    while (next < absolutePaths.length) {
      const index = next++;
      const absolute = absolutePaths[index]!;
      const path = displayPath(absolute, cwd);
      try {
        files[index] = { path, text: await readFile(absolute, 'utf8') };
      } catch (error) {
        throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, absolutePaths.length) }, worker));
  return files;
}

export function displayPath(absolute: string, cwd: string): string {
  return relative(cwd, absolute).split(sep).join('/');
}
