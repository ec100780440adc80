import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes to a file, or to stdout and waits until it is flushed, so nothing is cut off when the process exits. */
export async function writeOutput(text: string, file?: string): Promise<void> {
  if (file) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    return;
  }
  await new Promise<void>((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
}
