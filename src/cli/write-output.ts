import { resolve } from 'node:path';
import { namedFolder, writeSafely } from '../io/safe-write.js';
import { writeProblem } from './write-files.js';

/**
 * Writes to a file, replacing it but never writing through a symbolic link below `base` (the folder the user
 * named: by default the working folder, or the file's own folder when it is outside; see safe-write.ts); or to
 * stdout, and waits until it is flushed, so nothing is cut off when the process exits.
 */
export async function writeOutput(text: string, file?: string, base?: string): Promise<void> {
  if (file) {
    const absolute = resolve(file);
    try {
      writeSafely(base ?? namedFolder(file), absolute, text, true);
    } catch (error) {
      throw writeProblem(absolute, error);
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
