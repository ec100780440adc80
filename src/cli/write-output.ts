import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../config/config-error.js';
import { fileSystemProblem, makeFolders, shownPath } from './write-files.js';

/** Writes to a file, or to stdout and waits until it is flushed, so nothing is cut off when the process exits. */
export async function writeOutput(text: string, file?: string): Promise<void> {
  if (file) {
    const absolute = resolve(file);
    try {
      await makeFolders(dirname(absolute));
      await writeFile(absolute, text);
    } catch (error) {
      throw new UsageError(`cannot write ${shownPath(absolute)}: ${fileSystemProblem(error)}`);
    }
    return;
  }
  // A write that fails also emits 'error' on the stream, which would end the process with a stack trace; the
  // failure is handled here, through the write's callback, instead.
  if (process.stdout.listenerCount('error') === 0) process.stdout.on('error', () => {});
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(text, (error) => {
      // A reader that stops early (`govlint check | head`) closes the pipe: what it did not read is not wanted.
      if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
      else resolve();
    }),
  );
}
