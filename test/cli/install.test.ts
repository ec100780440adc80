import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npm, runProgram } from '../helpers/npm.js';

// The README's install paths that need no published release: the tarball `npm pack` makes from a built clone,
// installed as a command (`npm install -g`) and as a governance repo's dev dependency. The tarball comes from this
// worktree; govlint's dependencies come from npm's cache, or from the registry when they are not there. Installing
// takes tens of seconds, so these run when GOVLINT_INSTALL_TESTS is set, as .ci/run sets it.
const PROJECT = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { version: string };

/** What `govlint check --today 2026-11-22` reports on a copy of examples/vendors, with its plugin that imports govlint. */
const VENDORS_REPORT = [
  'vendors/findwell.yaml',
  "  1:1  warning  Vendor 'findwell' supplies systems but has no contract: add `contract`, the id of the Document holding it.  vendors/has-contract",
  '',
  '⚠ 1 problem (0 errors, 1 warning, 0 notes) in 8 entities in 7 files.',
  '',
].join('\n');

describe.skipIf(!process.env.GOVLINT_INSTALL_TESTS)('govlint installed from the tarball npm pack makes', () => {
  let work: string;
  let prefix: string;
  let installed: string;
  let command: string;
  let tarball: string;
  let packed: string[];

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'govlint-install-'));
    prefix = join(work, 'prefix');
    installed = join(prefix, 'lib', 'node_modules', 'govlint');
    command = join(prefix, 'bin', 'govlint');
    const [pack] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], PROJECT)) as [{ filename: string; files: Array<{ path: string }> }];
    tarball = join(work, pack.filename);
    packed = pack.files.map((file) => file.path);
    // Install scripts stay on: govlint's own postinstall must pass without the dev dependencies.
    npm(['install', '--global', '--prefix', prefix, tarball], work);
  }, 180_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('holds the built command line, the API, the schemas and no sources, so its postinstall step has nothing to build', () => {
    for (const path of ['package.json', 'README.md', 'bin/govlint.js', 'dist/bundle/main.js', 'dist/bundle/parse-worker.js', 'dist/bundle/own-package-hook.js', 'dist/bundle/index.js', 'dist/bundle/testing/rule-tester.js', 'dist/index.js', 'dist/index.d.ts', 'schemas/govlintrc.schema.json', 'scripts/build-from-source.mjs']) {
      expect(packed).toContain(path);
    }
    expect(packed.filter((path) => /^(src|test|bench|examples|node_modules)\//.test(path))).toEqual([]);
    expect(tarball).toBe(join(work, `govlint-${version}.tgz`));
  });

  it('installs as a command without the dev dependencies, and its postinstall step does nothing there', () => {
    expect(existsSync(join(prefix, 'lib', 'node_modules', 'typescript'))).toBe(false);
    expect(existsSync(join(installed, 'node_modules', 'typescript'))).toBe(false);
    expect(runProgram(process.execPath, ['scripts/build-from-source.mjs'], installed)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints its version', () => {
    expect(runProgram(command, ['--version'], work)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('checks the bundled example as the quick start does', () => {
    expect(runProgram(command, ['check', 'examples/omnichannel', '--today', '2026-11-22'], PROJECT)).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'examples/omnichannel/docs/sla/inventory.md',
        "  9:11  warning  Document 'inventory-sla' is overdue for review: last reviewed 2025-12-01, due every 6 months, so due 2026-06-01. Review it and update `reviewed`.  docs/stale  → sofia-marquez",
        '',
        '⚠ 1 problem (0 errors, 1 warning, 0 notes) in 55 entities in 26 files.',
        '1 finding suppressed by govlint-disable comments.',
        '',
      ].join('\n'),
    });
  });

  it('starts a governance repo in an empty folder with init, which then checks clean', () => {
    const repo = join(work, 'new-repo');
    mkdirSync(repo);
    const init = runProgram(command, ['init'], repo);
    expect(init).toMatchObject({ code: 0, stderr: '' });
    expect(init.stdout).toContain('  .govlintrc.yaml\n');
    expect(runProgram(command, ['check'], repo)).toEqual({ code: 0, stdout: '✔ No problems in 15 entities in 11 files.\n', stderr: '' });
  });

  it('as a command, loads a plugin outside any node_modules that imports govlint, from the installed package', () => {
    const repo = join(work, 'vendors-without-govlint');
    cpSync(join(PROJECT, 'examples', 'vendors'), repo, { recursive: true });
    writeFileSync(join(repo, 'package.json'), '{ "private": true, "type": "module" }\n');
    writeFileSync(join(repo, 'where.mjs'), "process.stderr.write(import.meta.resolve('govlint') + '\\n');\nexport default { name: 'where' };\n");
    writeFileSync(join(repo, '.govlintrc.yaml'), readFileSync(join(repo, '.govlintrc.yaml'), 'utf8').replace('plugins:\n', 'plugins:\n  - ./where.mjs\n'));
    expect(runProgram(command, ['check', '--today', '2026-11-22'], repo)).toEqual({
      code: 0,
      stderr: `${pathToFileURL(join(installed, 'dist', 'bundle', 'index.js')).href}\n`,
      stdout: VENDORS_REPORT,
    });
  });

  it('installs as a dev dependency of a governance repo, where npx runs it and a plugin can import govlint', () => {
    const repo = join(work, 'vendors');
    cpSync(join(PROJECT, 'examples', 'vendors'), repo, { recursive: true });
    writeFileSync(join(repo, 'package.json'), '{ "private": true, "type": "module" }\n');
    npm(['install', '--save-dev', tarball], repo);
    expect(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).devDependencies.govlint).toMatch(/^file:.*govlint-.*\.tgz$/);
    expect(runProgram('npx', ['--no-install', 'govlint', 'check', '--today', '2026-11-22'], repo)).toEqual({
      code: 0,
      stderr: '',
      stdout: VENDORS_REPORT,
    });
  }, 120_000);
});
