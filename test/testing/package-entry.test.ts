import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_ROLES, lint, loadConfig, resolveConfig } from '../../src/index.js';
import { lines } from '../helpers/lines.js';

const PROJECT = resolve(import.meta.dirname, '../..');

// A plugin author's project: govlint in its node_modules (here a link to this build, run `npm run build` first) and
// a rule test run by node:test, which has no global describe or it.
const PLUGIN_TEST = `
import { describe, it } from 'node:test';
import { defineRule, describeEntity } from 'govlint';
import { RuleTester } from 'govlint/testing';

RuleTester.describe = describe;
RuleTester.it = it;

const named = defineRule({
  meta: { id: 'named', description: 'A System must have a name.', severity: 'warning' },
  check({ model, report }) {
    for (const system of model.ofKind('System')) {
      if (system.data.name === undefined) report({ entity: system, path: ['id'], message: describeEntity(system) + ' has no name.' });
    }
  },
});

new RuleTester().run(named, {
  valid: ['kind: System\\nid: pos\\nname: POS\\n'],
  invalid: [
    { name: 'at its id', code: 'kind: System\\nid: pos\\n', findings: [{ message: "System 'pos' has no name.", line: 2, column: 5 }] },
    { name: 'a wrong column', code: 'kind: System\\nid: till\\n', findings: [{ message: "System 'till' has no name.", line: 2, column: 1 }] },
  ],
});
`;

describe('the package entry points', () => {
  let work: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'govlint-entry-'));
    mkdirSync(join(work, 'node_modules'));
    symlinkSync(PROJECT, join(work, 'node_modules', 'govlint'), 'dir');
    writeFileSync(join(work, 'package.json'), '{ "private": true, "type": "module" }\n');
    writeFileSync(join(work, 'named.test.js'), PLUGIN_TEST);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('govlint/testing runs under node:test: each case is a test, and a case whose finding is elsewhere fails', () => {
    const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', 'named.test.js'], { cwd: work, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^# tests 3$/m);
    expect(run.stdout).toMatch(/^# pass 2$/m);
    expect(run.stdout).toMatch(/^# fail 1$/m);
    expect(run.stdout).toMatch(/^ {8}not ok 2 - a wrong column$/m);
    expect(run.stdout).toContain("invalid case 2: named reported findings other than those listed:");
  });

  it('govlint exports lint for programs that embed it: a config resolved as check resolves it, and files held in memory', async () => {
    const config = await resolveConfig(await loadConfig(work));
    const files = [{ path: 'systems/pos.yaml', text: lines('kind: System', 'id: pos', 'name: POS') }];
    const { findings, model } = lint(files, { kinds: config.kinds, builtinRoles: BUILTIN_ROLES, rules: config.settings, today: '2026-11-22' });
    expect(model.ofKind('System').map((system) => system.id)).toEqual(['pos']);
    expect(findings.map(({ ruleId, line, column }) => [ruleId, line, column])).toEqual([['system/single-owner', 1, 1]]);
  });
});
