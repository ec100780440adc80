import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';
import { committedRepo } from '../helpers/scratch-git.js';

const ADA = 'kind: Person\nid: ada\nteam: nobody\n';
const ADA_FINDING = "  3:7  error  Person 'ada': `team` names 'nobody', but there is no Team with that id.  refs/resolve";
const SUMMARY = '✖ 1 problem (1 error, 0 warnings, 0 notes) in 1 entity in 1 file.';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder (symbolic links resolved) holding these files, removed after the test. */
function scratch(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'govlint-targets-')));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function outsideRoot(named: string, root: string, leadsTo?: string) {
  const leads = leadsTo === undefined ? '' : ` leads to ${leadsTo}, which`;
  return { code: 2, stdout: '', stderr: `govlint: ${named}${leads} is outside the repo's root, ${root}: name folders or files under the root, or set the root with --root\n` };
}

describe('paths named on the command line', () => {
  it('refuses a file or a folder outside the root, rather than reporting nothing', async () => {
    const top = scratch({ 'repo/gov/ada.yaml': ADA, 'other/bob.yaml': ADA, 'repo/.govlintrc.yaml': 'rules: {}\n' });
    const repo = join(top, 'repo');
    expect(await runInProcess(['check', '../other/bob.yaml'], repo)).toEqual(outsideRoot('../other/bob.yaml', repo));
    expect(await runInProcess(['check', '../other'], repo)).toEqual(outsideRoot('../other', repo));
    expect(await runInProcess(['check', 'gov', '../other'], repo)).toEqual(outsideRoot('../other', repo));
    expect(await runInProcess(['baseline', '../other'], repo)).toEqual(outsideRoot('../other', repo));
    expect(existsSync(join(repo, '.govlint-baseline.json'))).toBe(false);
  });

  it('refuses the current folder when it is outside --root, and reports on the whole root from a folder that holds it', async () => {
    const top = scratch({ 'repo/gov/ada.yaml': ADA, 'elsewhere/notes.txt': 'minutes\n' });
    expect(await runInProcess(['check', '--root', '../repo'], join(top, 'elsewhere'))).toEqual(outsideRoot('the current folder', join(top, 'repo')));
    // A folder that holds the root covers all of it.
    expect(await runInProcess(['check', '--root', 'repo'], top)).toEqual({ code: 1, stdout: `repo/gov/ada.yaml\n${ADA_FINDING}\n\n${SUMMARY}\n`, stderr: '' });
  });

  it('checks a symbolically linked folder inside the root through the folder it stands for', async () => {
    const repo = scratch({ 'gov/ada.yaml': ADA, '.govlintrc.yaml': 'rules: {}\n' });
    symlinkSync('gov', join(repo, 'linked'));
    expect(await runInProcess(['check', 'linked'], repo)).toEqual({ code: 1, stdout: `gov/ada.yaml\n${ADA_FINDING}\n\n${SUMMARY}\n`, stderr: '' });
    expect(await runInProcess(['check', 'linked/ada.yaml'], repo)).toEqual({ code: 1, stdout: `gov/ada.yaml\n${ADA_FINDING}\n\n${SUMMARY}\n`, stderr: '' });
  });

  it('refuses a symbolically linked folder that leads outside the root, and a file reached through it', async () => {
    const top = scratch({ 'repo/gov/ada.yaml': ADA, 'repo/.govlintrc.yaml': 'rules: {}\n', 'other/bob.yaml': ADA });
    const repo = join(top, 'repo');
    symlinkSync('../other', join(repo, 'outlink'));
    expect(await runInProcess(['check', 'outlink'], repo)).toEqual(outsideRoot('outlink', repo, join(top, 'other')));
    expect(await runInProcess(['check', 'outlink/bob.yaml'], repo)).toEqual(outsideRoot('outlink/bob.yaml', repo, join(top, 'other/bob.yaml')));
  });

  it('checks a root spelt through a symbolic link, and paths given through it or not', async () => {
    const top = scratch({ 'repo/gov/ada.yaml': ADA });
    symlinkSync('repo', join(top, 'repolink'));
    const expected = { code: 1, stdout: `repo/gov/ada.yaml\n${ADA_FINDING}\n\n${SUMMARY}\n`, stderr: '' };
    expect(await runInProcess(['check', '--root', 'repolink', 'repo/gov'], top)).toEqual(expected);
    expect(await runInProcess(['check', '--root', 'repolink', 'repolink/gov'], top)).toEqual(expected);
    expect(await runInProcess(['check', '--root', 'repo', 'repolink/gov/ada.yaml'], top)).toEqual(expected);
  });
});

describe('--root', () => {
  it('must name a folder that exists', async () => {
    const repo = scratch({ 'gov/ada.yaml': ADA });
    expect(await runInProcess(['check', '--root', 'missing'], repo)).toEqual({ code: 2, stdout: '', stderr: 'govlint: --root missing: no such folder\n' });
    expect(await runInProcess(['check', '--root', 'gov/ada.yaml'], repo)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'govlint: --root gov/ada.yaml is a file: give the folder that holds the governance repo\n',
    });
  });

  it('is never created by govlint baseline', async () => {
    const repo = scratch({ 'gov/ada.yaml': ADA });
    expect(await runInProcess(['baseline', '--root', 'missing'], repo)).toEqual({ code: 2, stdout: '', stderr: 'govlint: --root missing: no such folder\n' });
    expect(existsSync(join(repo, 'missing'))).toBe(false);
  });
});

describe('--config', () => {
  const files = {
    'gov/.govlintrc.yaml': 'rules:\n  person/overload: off\n',
    'gov/ada.yaml': ADA,
    'docs/notes.yaml': 'kind: Person\nid: bob\n',
  };

  it("makes the config's folder the root, as a config found by searching does, and loads nothing outside it", async () => {
    const repo = committedRepo(files);
    made.push(repo.root);
    const searched = await runInProcess(['check'], join(repo.root, 'gov'));
    expect(searched).toEqual({ code: 1, stdout: `ada.yaml\n${ADA_FINDING}\n\n${SUMMARY}\n`, stderr: '' });
    expect(await runInProcess(['check', '--config', 'gov/.govlintrc.yaml'], repo.root)).toEqual({ code: 1, stdout: `gov/ada.yaml\n${ADA_FINDING}\n\n${SUMMARY}\n`, stderr: '' });
    expect(await runInProcess(['check', '--config', 'gov/.govlintrc.yaml', 'docs'], repo.root)).toEqual(outsideRoot('docs', join(repo.root, 'gov')));
  });

  it('leaves the root to --root when both are given', async () => {
    const repo = committedRepo(files);
    made.push(repo.root);
    const result = await runInProcess(['check', '--config', 'gov/.govlintrc.yaml', '--root', '.', '-f', 'json'], repo.root);
    expect(JSON.parse(result.stdout).summary).toMatchObject({ files: 2, entities: 2 });
  });
});
