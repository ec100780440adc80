import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const BIN = resolve(import.meta.dirname, '../../bin/govlint.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built govlint as a process, as a user or CI does. Colour is off unless a test asks for it. */
export function runGovlint(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const inherited = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'DEBUG', 'CI']) delete inherited[name];
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...inherited, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** Writes files (path → text) into a new temporary folder and returns its path. */
export function makeRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'govlint-test-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
