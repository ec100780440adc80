// A worker thread that parses a share of the files, so that parsing, the costliest step, uses every core.
import { parentPort } from 'node:worker_threads';
import type { InputFile } from '../engine/lint.js';
import { parseFile, type ParseLimits } from './parse-file.js';
import { toTransferred } from './transfer.js';

parentPort!.on('message', ({ files, limits }: { files: InputFile[]; limits?: ParseLimits }) => {
  parentPort!.postMessage(
    files.map((file) => toTransferred(parseFile(file.path, file.text, { ...(file.problem ? { problem: file.problem } : {}), ...(limits ? { limits } : {}) }))),
  );
});
