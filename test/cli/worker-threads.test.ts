import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, makeRepo, type CliResult } from '../helpers/run-cli.js';

// Nested far deeper than a thread can copy back to another: the worker's reply cannot be received.
const DEEP = `kind: Person\nid: ada\nname: Ada\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
const FILES = {
  'deep.yaml': DEEP,
  'people.yaml': 'kind: Person\nid: grace\n',
  'incident.yaml': 'kind: Process\nid: incident\nroles:\n  process-owner: [grace, nobody]\n',
};

const repos: string[] = [];
afterEach(() => {
  for (const root of repos.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Runs the built CLI, killed after a while: a run that hangs fails the test rather than the suite. */
function run(root: string, threads: string): Promise<CliResult> {
  return new Promise((done) => {
    const env: NodeJS.ProcessEnv = { ...process.env, GOVLINT_THREADS: threads };
    for (const name of ['FORCE_COLOR', 'NO_COLOR', 'CI']) delete env[name];
    execFile(process.execPath, [BIN, 'check', '-f', 'json'], { cwd: root, env, timeout: 30_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('parsing in worker threads', () => {
  it('parses here a file whose reply a worker cannot send back, and reports the same as on one thread', async () => {
    const root = makeRepo(FILES);
    repos.push(root);
    const threads = await run(root, '2');
    expect(threads.stderr).toBe('');
    expect(threads.code).toBe(1);
    const findings = JSON.parse(threads.stdout).findings.map((f: { file: string; line: number; column: number; ruleId: string; message: string }) => [
      f.file,
      f.line,
      f.column,
      f.ruleId,
      f.message,
    ]);
    expect(findings).toEqual([
      ['deep.yaml', 4, 800, 'yaml/syntax', 'This YAML is nested too deeply to read: flatten it'],
      [
        'incident.yaml',
        4,
        18,
        'process/single-owner',
        "Process 'incident' has 2 process owners (grace, nobody): keep exactly one owner and make the others `process-manager`s, who run the process for their teams.",
      ],
      ['incident.yaml', 4, 26, 'refs/resolve', "Process 'incident': `roles.process-owner[1]` names 'nobody', but there is no Person with that id."],
    ]);
    expect(threads).toEqual(await run(root, '1'));
  }, 60_000);
});
