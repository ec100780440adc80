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
  // 5,000 findings are about 1.7 MB of JSON, some 25 times what a pipe holds (64 KiB): govlint has to wait for the
  // reader for nearly all of its output, which is what can go wrong. Ten times as many prove nothing more.
  it('arrives whole through a slow pipe before govlint exits with its code: 5,000 findings', async () => {
    // Each document lacks an id and has an unknown field: two findings each.
    const documents = Array.from({ length: 250 }, () => 'kind: Person\nnickname: x\n').join('---\n');
    const files = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`people-${index}.yaml`, documents]));
    const result = await runWithSlowReader(['check', '-f', 'json'], makeRepo(files));
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(result.stdout.length).toBeGreaterThan(25 * 65_536);
    expect(report.findings).toHaveLength(5_000);
    expect(report.summary.error).toBe(5_000);
  }, 60_000);
});

describe('files beyond the default limits', () => {
  it('a 20 MB file and a file of 20,000 documents are findings on those files, and the rest is still checked', async () => {
    const huge = `kind: Person\nid: huge\nname: ${'x'.repeat(20 * 1_048_576)}\n`;
    const many = Array.from({ length: 20_000 }, (_, index) => `kind: Person\nid: p${index}\n`).join('---\n');
    const root = makeRepo({ 'huge.yaml': huge, 'many.yaml': many, 'incident.yaml': 'kind: Process\nid: incident\n' });
    const result = await runWithSlowReader(['check', '-f', 'json'], root);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).findings.map((f: { file: string; ruleId: string; message: string }) => [f.file, f.ruleId, f.message]);
    expect(findings).toEqual([
      ['huge.yaml', 'files/readable', 'This file is 20.0 MB, more than the 10.0 MB govlint reads (limits.maxFileBytes): split it, or raise the limit in the config.'],
      ['incident.yaml', 'process/single-owner', expect.stringContaining("Process 'incident' has no process owner")],
      ['many.yaml', 'files/readable', 'This file holds 20000 YAML documents, more than the 10000 govlint reads in one file (limits.maxDocuments): split it, or raise the limit in the config.'],
    ]);
  }, 60_000);
});

describe('a reader that stops early', () => {
  it('ends govlint quietly with its exit code, as `govlint check | head` does, with no stack trace', async () => {
    const documents = Array.from({ length: 2000 }, () => 'kind: Person\nnickname: x\n').join('---\n');
    const child = spawn(process.execPath, [BIN, 'check', '-f', 'json'], { cwd: makeRepo({ 'people.yaml': documents }), stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader closes the pipe after the first chunk, as `head` does once it has its lines.
    child.stdout.once('data', () => child.stdout.destroy());
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise((done) => child.on('close', done));
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
  }, 60_000);
});
