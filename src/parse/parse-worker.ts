// A worker thread that parses a share of the files, so that parsing, the costliest step, uses every core.
import { parentPort } from 'node:worker_threads';
import type { InputFile } from '../io/read-files.js';
import { parseFile, type ParseLimits } from './parse-file.js';
import { toTransferred } from './transfer.js';

// Each file is sent back on its own, in order: one that cannot be received is then the only one parsed again.
parentPort!.on('message', ({ files, limits }: { files: InputFile[]; limits?: ParseLimits }) => {
  for (const file of files) {
    parentPort!.postMessage(toTransferred(parseFile(file.path, file.text, { ...(file.problem ? { problem: file.problem } : {}), ...(limits ? { limits } : {}) })));
  }
});
