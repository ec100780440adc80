import { main } from '../../src/cli/main.js';
import type { CliResult } from './run-cli.js';

/**
 * Runs govlint's `main()` in the test's own process, as `govlint <args>` run in `cwd` would be: the same exit code
 * and the same stdout and stderr, captured, in a fraction of the time a process takes to start. For the tests where
 * the process itself does not matter (output, rules, config, Git changes); `runGovlint` runs the built program for
 * those where it does (exit of the real binary, signals and stray rejections, pipes, threads, module resolution).
 *
 * The working folder, the environment and the two streams belong to the whole process, so runs take turns, and each
 * puts them back as they were. Changing the working folder needs vitest's `forks` pool (vitest.config.ts): worker
 * threads cannot `process.chdir`.
 */
export function runInProcess(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const run = turn.then(() => runNow(args, cwd, env));
  turn = run.catch(() => undefined);
  return run;
}

let turn: Promise<unknown> = Promise.resolve();

// As runGovlint: unset, whatever the test runner was started with. Colour stays off as it does for a pipe, even
// where the test runner's streams are a terminal.
const CLEARED = ['FORCE_COLOR', 'NO_COLOR', 'DEBUG', 'CI'];
const NO_COLOR = { NO_COLOR: '1' };

async function runNow(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CliResult> {
  if (env.FORCE_COLOR !== undefined) throw new Error('colour is decided once, when chalk loads: test it with runGovlint');
  const restoreEnv = setEnv({ ...Object.fromEntries(CLEARED.map((name) => [name, undefined])), ...NO_COLOR, ...env });
  const stdout = capture(process.stdout);
  const stderr = capture(process.stderr);
  const before = process.cwd();
  try {
    process.chdir(cwd);
    const code = await main(args);
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    process.chdir(before);
    stdout.restore();
    stderr.restore();
    restoreEnv();
  }
}

function setEnv(values: NodeJS.ProcessEnv): () => void {
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  assign(values);
  return () => assign(saved);
}

function assign(values: NodeJS.ProcessEnv): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

type Write = (chunk: string | Uint8Array, encoding?: BufferEncoding | ((error?: Error | null) => void), done?: (error?: Error | null) => void) => boolean;

/** Keeps what is written to a stream instead of writing it; decoded at the end, as a process's output would be. */
function capture(stream: NodeJS.WriteStream) {
  const chunks: Buffer[] = [];
  const original = stream.write;
  const write: Write = (chunk, encoding, done) => {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk));
    const callback = typeof encoding === 'function' ? encoding : done;
    if (callback) process.nextTick(callback);
    return true;
  };
  stream.write = write as NodeJS.WriteStream['write'];
  return {
    text: () => Buffer.concat(chunks).toString('utf8'),
    restore: () => void (stream.write = original),
  };
}
