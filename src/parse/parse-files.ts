import { availableParallelism } from 'node:os';
import type { InputFile } from '../io/read-files.js';
import type { ParseCache } from './parse-cache.js';
import { parseFile, type ParseLimits } from './parse-file.js';
import { addRaciTablesOnDemand } from './raci-tables.js';
import type { SourceFile } from './source-file.js';
import { fromTransferred, toTransferred, type TransferredFile } from './transfer.js';

/** Below this many bytes of text, starting worker threads costs more than it saves. */
const PARALLEL_FROM_BYTES = 2 * 1_048_576;

/**
 * Parsing YAML in two threads on two cores measured no faster than in one (`npm run bench`, bench/RESULTS.md):
 * the parser allocates so much that two of them slow each other down. Worker threads are used by default only
 * from this many cores.
 */
const PARALLEL_FROM_CORES = 3;

export interface ParseFilesOptions {
  limits?: ParseLimits;
  /** Called as files are parsed, for progress. */
  onParsed?: (done: number, total: number) => void;
  /**
   * How many worker threads at most; 1 parses on this thread. By default, one per core on machines of three cores
   * or more, and only for repos large enough to gain from them.
   */
  threads?: number;
  /** Files parsed in an earlier run, taken from here when their text is the same; the others are added. */
  cache?: ParseCache;
}

/**
 * Parses every file, in worker threads when the repo is large enough to gain from it: each parses a share of the
 * files and sends back plain data, in the order given. Files the cache holds are not parsed again. The result is
 * the same either way. The tables of Markdown RACI matrices are read here, on this thread (see raci-tables.ts).
 */
export async function parseFiles(files: readonly InputFile[], options: ParseFilesOptions = {}): Promise<SourceFile[]> {
  const { cache } = options;
  if (!cache) return withRaciTables(await parseAll(files, options));
  // A file read with a problem is always parsed: its text may not be all there is to it.
  const cached = files.map((file) => (file.problem === undefined ? cache.get(file.path, file.text) : undefined));
  const missing = files.filter((_, index) => cached[index] === undefined);
  const parsed = await withRaciTables(await parseAll(missing, { ...options, onParsed: (done) => options.onParsed?.(files.length - missing.length + done, files.length) }));
  parsed.forEach((file, index) => {
    if (missing[index]!.problem === undefined) cache.set(file.path, toTransferred(file));
  });
  let next = 0;
  return files.map((file, index) => {
    const transferred = cached[index];
    return transferred ? fromTransferred(transferred, file.text) : parsed[next++]!;
  });
}

/** The files, with the tables of their Markdown RACI matrices read (cached with them). */
async function withRaciTables(files: SourceFile[]): Promise<SourceFile[]> {
  await addRaciTablesOnDemand(files);
  return files;
}

async function parseAll(files: readonly InputFile[], options: ParseFilesOptions): Promise<SourceFile[]> {
  const cores = availableParallelism();
  const threads = Math.min(options.threads ?? (cores >= PARALLEL_FROM_CORES ? cores : 1), files.length);
  const small = options.threads === undefined && files.reduce((total, file) => total + file.text.length, 0) < PARALLEL_FROM_BYTES;
  if (threads <= 1 || small) return parseHereInTurns(files, options);
  // Dealt out in turn rather than cut in runs, so that every thread gets a like mix of YAML and Markdown.
  const shares = Array.from({ length: threads }, (_, thread) => files.filter((_, index) => index % threads === thread));
  let done = 0;
  const parsed = await Promise.all(
    shares.map(async (share) => {
      const transferred = await inWorker(share, options.limits);
      options.onParsed?.((done += share.length), files.length);
      // A file the worker could not send back (or never reached) is parsed here: slower, never lost.
      return transferred.map((file, index) => (file ? fromTransferred(file, share[index]!.text) : parseHere([share[index]!], options)[0]!));
    }),
  );
  return files.map((_, index) => parsed[index % threads]![Math.floor(index / threads)]!);
}

/** How many files are parsed between two turns of the event loop (see `parseHereInTurns`). */
const FILES_PER_TURN = 256;

/**
 * `parseHere`, giving the event loop a turn between batches of files, so that what runs beside parsing goes on:
 * git writing the history to a pipe that is read, for one, would otherwise stop at a full pipe until the end.
 */
async function parseHereInTurns(files: readonly InputFile[], { limits, onParsed }: ParseFilesOptions): Promise<SourceFile[]> {
  const parsed: SourceFile[] = [];
  for (let start = 0; start < files.length; start += FILES_PER_TURN) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    const batch = parseHere(files.slice(start, start + FILES_PER_TURN), { ...(limits ? { limits } : {}) });
    parsed.push(...batch);
    onParsed?.(parsed.length, files.length);
  }
  return parsed;
}

export function parseHere(files: readonly InputFile[], { limits, onParsed }: ParseFilesOptions = {}): SourceFile[] {
  return files.map((file, index) => {
    const parsed = parseFile(file.path, file.text, { ...(file.problem ? { problem: file.problem } : {}), ...(limits ? { limits } : {}) });
    onParsed?.(index + 1, files.length);
    return parsed;
  });
}

/**
 * Parses the files in a worker thread, which sends each back in turn. Gives undefined for a file whose reply could
 * not be received (data nested too deeply to copy, for one) and for every file after the worker stopped: the
 * caller parses those here. It never waits on a worker that is gone.
 */
function inWorker(files: InputFile[], limits: ParseLimits | undefined): Promise<Array<TransferredFile | undefined>> {
  return new Promise((resolve) => {
    // Loaded here rather than imported: most runs parse on this thread and never need it.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const worker = new Worker(new URL('./parse-worker.js', import.meta.url));
    const received: Array<TransferredFile | undefined> = [];
    const settle = (): void => {
      worker.removeAllListeners();
      // A worker that failed may be gone already; an error from terminating it says nothing more.
      worker.on('error', () => {});
      void worker.terminate();
      resolve(Array.from(files, (_, index) => received[index]));
    };
    const take = (file: TransferredFile | undefined): void => {
      received.push(file);
      if (received.length === files.length) settle();
    };
    worker.on('message', (file: TransferredFile) => take(file));
    worker.on('messageerror', () => take(undefined));
    worker.once('error', settle);
    worker.once('exit', settle);
    worker.postMessage({ files, limits });
  });
}
