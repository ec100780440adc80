import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runProgram } from '../helpers/npm.js';

// The GitHub Action from a checkout of this repository (`uses: ./<folder>`), as a workflow without a published tag
// uses it: the run steps of action.yml, taken from this repository's HEAD commit, run as the runner runs a
// composite action's bash steps, with the inputs mapped to the environment as the steps declare. Its install step
// takes a minute, so this runs when GOVLINT_INSTALL_TESTS is set, as .ci/run sets it.
const PROJECT = resolve(import.meta.dirname, '../..');

interface Step {
  name?: string;
  id?: string;
  run?: string;
  env?: Record<string, string>;
}

describe.skipIf(!process.env.GOVLINT_INSTALL_TESTS)('the GitHub Action, used from a checkout of this repository', () => {
  let workspace: string;
  let actionPath: string;
  let runnerFiles: string;
  let action: { inputs: Record<string, { default: string }>; runs: { steps: Step[] } };

  /** Runs one bash step of the action as the runner does, with these inputs over the defaults. */
  function runStep(step: Step, inputs: Record<string, string> = {}) {
    const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default])), ...inputs };
    const env: Record<string, string> = {
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: join(runnerFiles, 'output'),
      GITHUB_STEP_SUMMARY: join(runnerFiles, 'summary.md'),
    };
    for (const [name, value] of Object.entries(step.env ?? {})) {
      const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1];
      if (input === undefined || !(input in values)) throw new Error(`step ${step.id}: cannot map ${name}: ${value}`);
      env[name] = values[input]!;
    }
    for (const name of ['output', 'summary.md']) writeFileSync(join(runnerFiles, name), '');
    const script = join(runnerFiles, 'step.sh');
    writeFileSync(script, step.run!);
    return runProgram('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], workspace, env);
  }

  const stepNamed = (name: string) => action.runs.steps.find((step) => step.name === name)!;

  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'govlint-action-'));
    actionPath = join(workspace, '.govlint-action');
    runnerFiles = mkdtempSync(join(tmpdir(), 'govlint-action-runner-'));
    execFileSync('git', ['clone', '--quiet', PROJECT, actionPath]);
    action = parse(readFileSync(join(actionPath, 'action.yml'), 'utf8'));
    const install = runStep(stepNamed('Install govlint'));
    if (install.code !== 0) throw new Error(`the install step failed:\n${install.stdout}${install.stderr}`);
    mkdirSync(join(workspace, 'governance'));
    writeFileSync(join(workspace, 'governance', 'people.yaml'), 'kind: Person\nid: ada\n---\nkind: Person\nid: grace\n');
  }, 300_000);

  afterAll(() => {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(runnerFiles, { recursive: true, force: true });
  });

  it('installs and builds govlint in the checkout with its install step', () => {
    expect(existsSync(join(actionPath, 'dist', 'bundle', 'main.js'))).toBe(true);
  });

  it('checks the paths it is given: annotations, a summary, SARIF, and exit code 1 as its output', () => {
    const incident = 'kind: Process\nid: incident\nroles:\n  process-owner: [ada, grace]\n  process-manager: [grace]\n';
    writeFileSync(join(workspace, 'governance', 'incident.yaml'), incident);
    const result = runStep(stepNamed('Check governance'), { paths: 'governance', args: '--max-warnings 0' });
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout:
        '::error file=governance/incident.yaml,line=4,col=18,endLine=4,endColumn=30,title=process/single-owner::' +
        "Process 'incident' has 2 process owners (ada, grace): keep exactly one owner and make the others `process-manager`s, who run the process for their teams. Owners: ada, grace.\n",
    });
    expect(readFileSync(join(runnerFiles, 'output'), 'utf8')).toBe('exit-code=1\n');
    expect(readFileSync(join(runnerFiles, 'summary.md'), 'utf8')).toContain('## govlint\n');
    const sarif = JSON.parse(readFileSync(join(workspace, 'govlint.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toEqual(['process/single-owner']);
    expect(sarif.runs[0].automationDetails.id).toBe('govlint/');
  });

  it('gives exit code 0 as its output for a clean repo', () => {
    writeFileSync(join(workspace, 'governance', 'incident.yaml'), 'kind: Process\nid: incident\nroles:\n  process-owner: ada\n  process-manager: [grace]\n');
    expect(runStep(stepNamed('Check governance'), { paths: 'governance' })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(runnerFiles, 'output'), 'utf8')).toBe('exit-code=0\n');
  });
});
