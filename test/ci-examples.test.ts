import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { FORMAT_NAMES } from '../src/formatters/index.js';
import { runInProcess } from './helpers/run-in-process.js';

// The README's CI examples are copied from docs/ci/; these tests keep both in step and check what they say.
const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const EXAMPLES = ['docs/ci/github-actions.yml', 'docs/ci/github-actions-pull-request.yml', 'docs/ci/gitlab-ci.yml', 'docs/ci/pre-commit-config.yaml'];
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

/** Every `govlint check …` command line in a text. */
function checkCommands(text: string): string[] {
  const joined = text.replace(/\\\n\s*/g, ' ');
  return [...joined.matchAll(/govlint(?:@[\w.]+)?(?:\.js")? check [^\n]*/g)].map((match) => match[0]);
}

/** Every string in parsed YAML: what a runner reads, without the comments. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(stringsIn);
}

describe('the CI examples', () => {
  it.each(EXAMPLES)('%s is valid YAML and appears in the README word for word', (path) => {
    const text = read(path);
    expect(parseDocument(text).errors).toEqual([]);
    expect(read('README.md')).toContain(`\`\`\`yaml\n${text}\`\`\``);
  });

  it('use only options and formats that govlint check has', async () => {
    const help = (await runInProcess(['check', '--help'], process.cwd())).stdout;
    const commands = [...EXAMPLES, 'action.yml'].flatMap((path) => checkCommands(read(path)));
    expect(commands).toHaveLength(3);
    for (const command of commands) {
      for (const [option] of command.matchAll(/--[a-z-]+/g)) expect(help).toContain(option);
      for (const [, format] of command.matchAll(/-f "?([a-z]+)/g)) expect(FORMAT_NAMES).toContain(format);
    }
  });

  it('GitHub workflows have triggers and jobs whose steps run or use something, with the action given known inputs', () => {
    const action = parse(read('action.yml'));
    for (const path of EXAMPLES.filter((example) => example.includes('github'))) {
      const workflow = parse(read(path));
      expect(workflow.on).toBeTruthy();
      for (const job of Object.values(workflow.jobs) as Array<{ 'runs-on': string; steps: Array<Record<string, unknown>> }>) {
        expect(job['runs-on']).toBeTruthy();
        for (const step of job.steps) {
          expect(Boolean(step.uses) !== Boolean(step.run)).toBe(true);
          if (typeof step.uses === 'string' && /^[\w.-]+\/govlint@/.test(step.uses)) {
            for (const input of Object.keys((step.with as object) ?? {})) expect(Object.keys(action.inputs)).toContain(input);
          }
        }
      }
    }
  });

  it('install govlint from a copy of this repository or its tarball, not from a release that is not published yet', () => {
    const releaseOnly = /govlint@v?\d+\.\d|npx (--yes )?govlint\b|^v\d/;
    const values = EXAMPLES.flatMap((path) => stringsIn(parse(read(path))));
    expect(values.filter((value) => releaseOnly.test(value))).toEqual([]);
    const { version } = JSON.parse(read('package.json'));
    const tarballs = [...EXAMPLES, 'README.md'].flatMap((path) => [...read(path).matchAll(/[\w.-]+\.tgz/g)].map((match) => match[0]));
    expect(tarballs.length).toBeGreaterThan(0);
    expect(new Set(tarballs)).toEqual(new Set([`govlint-${version}.tgz`]));
  });

  it('GitLab reports the code quality and JUnit files the script writes', () => {
    const job = parse(read('docs/ci/gitlab-ci.yml')).govlint;
    const script = job.script.join('\n');
    expect(script).toContain(`gitlab:${job.artifacts.reports.codequality}`);
    expect(script).toContain(`junit:${job.artifacts.reports.junit}`);
    expect(job.artifacts.when).toBe('always');
  });
});

describe('the GitHub Action', () => {
  const action = parse(read('action.yml'));

  it('is a composite action whose run steps name a shell and whose inputs are described', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) if (step.run) expect(step.shell).toBe('bash');
    for (const input of Object.values(action.inputs) as Array<{ description: string }>) expect(input.description).toBeTruthy();
  });

  it('uploads the SARIF file it writes, under the category it sets', () => {
    const upload = action.runs.steps.find((step: { uses?: string }) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload.with).toEqual({ sarif_file: '${{ inputs.sarif-file }}', category: '${{ inputs.category }}' });
    const check = action.runs.steps.find((step: { id?: string }) => step.id === 'check');
    expect(check.run).toContain('-f "sarif:$GOVLINT_SARIF"');
    expect(check.run).toContain('--sarif-category "$GOVLINT_CATEGORY"');
  });
});

describe.skipIf(!hasPreCommit)('the pre-commit files, as pre-commit itself reads them', () => {
  it('the hook manifest is valid', () => {
    const result = spawnSync('pre-commit', ['validate-manifest', '.pre-commit-hooks.yaml'], { cwd: root, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('the example config is valid', () => {
    const result = spawnSync('pre-commit', ['validate-config', 'docs/ci/pre-commit-config.yaml'], { cwd: root, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
