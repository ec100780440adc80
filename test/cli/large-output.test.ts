import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, makeRepo } from '../helpers/run-cli.js';

/** Runs govlint and reads its stdout slowly, pausing after every chunk, as a slow pipe reader would. */
function runWithSlowReader(args: readonly string[], cwd: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    child.on('close', (code) => done({ code, stdout: Buffer.concat(chunks).toString('utf8') }));
  });
}

describe('large output', () => {
  it('arrives whole through a slow pipe before govlint exits with its code: 50,000 findings', async () => {
    // Each document lacks an id and has an unknown field: two findings each.
    const documents = Array.from({ length: 2500 }, () => 'kind: Person\nnickname: x\n').join('---\n');
    const files = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`people-${index}.yaml`, documents]));
    const result = await runWithSlowReader(['check', '-f', 'json'], makeRepo(files));
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.findings).toHaveLength(50_000);
    expect(report.summary.error).toBe(50_000);
  }, 120_000);
});
