import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, runGovlint } from '../helpers/run-cli.js';

// govlint starts on every commit: what a small check does not need must not be loaded or started.
describe('start-up', () => {
  it('checks a clean repo outside Git, to a file, without loading v8, worker threads or tty, and without starting git', async () => {
    const root = makeRepo({
      'ada.yaml': 'kind: Person\nid: ada\n',
      // node:crypto is not among them: fingerprints need it. worker_threads also stands for the thread of the
      // module hook that only a plugin or a JavaScript config needs (registering the hook loads it).
      'built-ins.cjs': "process.on('exit', () => process.stderr.write(process.moduleLoadList.filter((m) => /^NativeModule (v8|worker_threads|tty)$/.test(m)).join(',')));\n",
    });
    // A git that only records that it was started.
    const bin = join(root, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'git'), `#!/bin/sh\ntouch "${join(root, 'git-started')}"\nexit 1\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const result = await runGovlint(['check', '-f', 'json', '-o', 'report.json'], root, {
      NODE_OPTIONS: `--require ${resolve(root, 'built-ins.cjs')}`,
      PATH: `${bin}:${process.env.PATH}`,
    });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(join(root, 'report.json'))).toBe(true);
    expect(existsSync(join(root, 'git-started'))).toBe(false);
  });

  it('parses YAML without reading the environment for every token', async () => {
    // yaml's build for Node reads process.env.LOG_TOKENS per token, a slow lookup; the bundle uses its other build.
    const root = makeRepo({
      'ada.yaml': 'kind: Person\nid: ada\nname: Ada\n',
      'reads.cjs':
        "const reads = new Set(); const env = process.env;\n" +
        "process.env = new Proxy(env, { get: (target, name) => (reads.add(name), Reflect.get(target, name)) });\n" +
        "process.on('exit', () => process.stderr.write(['LOG_TOKENS', 'LOG_STREAM'].filter((name) => reads.has(name)).join(',')));\n",
    });
    const result = await runGovlint(['check', '-f', 'json', '-o', 'report.json'], root, { NODE_OPTIONS: `--require ${resolve(root, 'reads.cjs')}` });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
