import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { InputFile } from '../engine/lint.js';
import { parseFile, type ParseLimits } from './parse-file.js';
import type { SourceFile } from './source-file.js';
import { fromTransferred, type TransferredFile } from './transfer.js';

/** Below this many bytes of text, starting worker threads costs more than it saves. */
const PARALLEL_FROM_BYTES = 2 * 1_048_576;

export interface ParseFilesOptions {
  limits?: ParseLimits;
  /** Called as files are parsed, for progress. */
  onParsed?: (done: number, total: number) => void;
  /** How many worker threads at most (default: one per core); 1 parses on this thread. */
  threads?: number;
}

/**
 * Parses every file, in worker threads when the repo is large enough to gain from it: each parses a share of the
 * files and sends back plain data, in the order given. The result is the same either way.
 */
export async function parseFiles(files: readonly InputFile[], options: ParseFilesOptions = {}): Promise<SourceFile[]> {
  const threads = Math.min(options.threads ?? (process.env.GOVLINT_THREADS ? Number(process.env.GOVLINT_THREADS) : availableParallelism()), files.length);
  const bytes = files.reduce((total, file) => total + file.text.length, 0);
  if (threads <= 1 || bytes < PARALLEL_FROM_BYTES) return parseHere(files, options);
  // Dealt out in turn rather than cut in runs, so that every thread gets a like mix of YAML and Markdown.
  const shares = Array.from({ length: threads }, (_, thread) => files.filter((_, index) => index % threads === thread));
  let done = 0;
  const parsed = await Promise.all(
    shares.map(async (share) => {
      const transferred = await inWorker(share, options.limits);
      options.onParsed?.((done += share.length), files.length);
      return transferred.map((file, index) => fromTransferred(file, share[index]!.text));
    }),
  );
  return files.map((_, index) => parsed[index % threads]![Math.floor(index / threads)]!);
}

export function parseHere(files: readonly InputFile[], { limits, onParsed }: ParseFilesOptions = {}): SourceFile[] {
  return files.map((file, index) => {
    const parsed = parseFile(file.path, file.text, { ...(file.problem ? { problem: file.problem } : {}), ...(limits ? { limits } : {}) });
    onParsed?.(index + 1, files.length);
    return parsed;
  });
}

function inWorker(files: InputFile[], limits: ParseLimits | undefined): Promise<TransferredFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker.js', import.meta.url));
    worker.once('message', (result: TransferredFile[]) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage({ files, limits });
  });
}
