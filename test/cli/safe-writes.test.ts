import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const PEOPLE = 'kind: Person\nid: ada\n';
const VICTIM_TEXT = 'export PATH=/usr/bin\n';
const linkRefused = (file: string, link = 'it') => `govlint: cannot write ${file}: ${link} is a symbolic link, and govlint never writes through one\n`;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A repo with these files, and a folder outside it holding `victim`, the file a planted link points at. */
function repoAndOutside(files: Record<string, string>): { root: string; outside: string } {
  const root = makeRepo(files);
  const outside = makeRepo({ victim: VICTIM_TEXT });
  folders.push(root, outside);
  return { root, outside };
}

/** What the outside folder holds: only the victim, unchanged, or (for a link to a file not there) nothing at all. */
function outsideFiles(outside: string): Record<string, string> {
  return Object.fromEntries(readdirSync(outside).map((name) => [name, readFileSync(join(outside, name), 'utf8')]));
}

describe('govlint never writes through a symbolic link committed in the repo', () => {
  it('refuses a .govlint-baseline.json that links outside, for govlint baseline', async () => {
    const { root, outside } = repoAndOutside({ 'people.yaml': PEOPLE });
    symlinkSync(join(outside, 'victim'), join(root, '.govlint-baseline.json'));
    expect(await runInProcess(['baseline'], root)).toEqual({ code: 2, stdout: '', stderr: linkRefused('.govlint-baseline.json') });
    expect(outsideFiles(outside)).toEqual({ victim: VICTIM_TEXT });
  });

  it('refuses govlint.sarif linking to a file outside, for -f sarif:govlint.sarif as in the GitHub Action', async () => {
    const { root, outside } = repoAndOutside({ 'people.yaml': PEOPLE });
    symlinkSync(join(outside, 'victim'), join(root, 'govlint.sarif'));
    expect(await runInProcess(['check', '-f', 'sarif:govlint.sarif'], root)).toEqual({ code: 2, stdout: '', stderr: linkRefused('govlint.sarif') });
    expect(outsideFiles(outside)).toEqual({ victim: VICTIM_TEXT });
  });

  it('refuses gl-code-quality-report.json linking to a file not there yet, for the GitLab recipe, and creates nothing', async () => {
    const { root, outside } = repoAndOutside({ 'people.yaml': PEOPLE });
    rmSync(join(outside, 'victim'));
    symlinkSync(join(outside, 'victim'), join(root, 'gl-code-quality-report.json'));
    const result = await runInProcess(['check', '-f', 'text', '-f', 'gitlab:gl-code-quality-report.json'], root);
    expect(result).toEqual({ code: 2, stdout: '', stderr: linkRefused('gl-code-quality-report.json') });
    expect(outsideFiles(outside)).toEqual({});
  });

  it('refuses -o into a folder of the repo that links outside, naming the link', async () => {
    const { root, outside } = repoAndOutside({ 'people.yaml': PEOPLE });
    symlinkSync(outside, join(root, 'reports'));
    expect(await runInProcess(['check', '-f', 'json', '-o', 'reports/victim'], root)).toEqual({ code: 2, stdout: '', stderr: linkRefused('reports/victim', 'reports') });
    expect(outsideFiles(outside)).toEqual({ victim: VICTIM_TEXT });
  });

  it("refuses govlint schema's folder when .govlint/schemas links outside", async () => {
    const { root, outside } = repoAndOutside({ 'people.yaml': PEOPLE });
    mkdirSync(join(root, '.govlint'));
    symlinkSync(outside, join(root, '.govlint', 'schemas'));
    expect(await runInProcess(['schema'], root)).toEqual({ code: 2, stdout: '', stderr: linkRefused('.govlint/schemas/govlint.schema.json', '.govlint/schemas') });
    expect(outsideFiles(outside)).toEqual({ victim: VICTIM_TEXT });
  });

  it('refuses init into a folder whose governance folder links outside, before writing anything', async () => {
    const { root, outside } = repoAndOutside({});
    symlinkSync(outside, join(root, 'governance'));
    expect(await runInProcess(['init'], root)).toEqual({ code: 2, stdout: '', stderr: linkRefused('governance/people/people.yaml', 'governance') });
    expect(outsideFiles(outside)).toEqual({ victim: VICTIM_TEXT });
    expect(readdirSync(root)).toEqual(['governance']);
  });

  it('refuses a cache folder that links outside, before the check, by default and with --cache-location', async () => {
    const { root, outside } = repoAndOutside({ 'people.yaml': PEOPLE });
    symlinkSync(outside, join(root, '.govlint-cache'));
    symlinkSync(outside, join(root, 'cache'));
    expect(await runInProcess(['check', '--cache'], root)).toEqual({ code: 2, stdout: '', stderr: linkRefused('.govlint-cache/parsed', '.govlint-cache') });
    expect(await runInProcess(['check', '--cache-location', 'cache/parsed'], root)).toEqual({ code: 2, stdout: '', stderr: linkRefused('cache/parsed', 'cache') });
    expect(outsideFiles(outside)).toEqual({ victim: VICTIM_TEXT });
  });

  it('writes through a link above the folder named, which the user chose', async () => {
    const { root, outside } = repoAndOutside({ 'people.yaml': PEOPLE });
    const linked = mkdtempSync(join(tmpdir(), 'govlint-linked-'));
    folders.push(linked);
    symlinkSync(outside, join(linked, 'reports'));
    expect(await runInProcess(['check', '-f', 'json', '-o', join(linked, 'reports', 'govlint.json')], root)).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(readFileSync(join(outside, 'govlint.json'), 'utf8')).findings).toEqual([]);
  });
});

describe('reports that would overwrite each other or a file being checked', () => {
  it('refuses -o or -f naming a governance file, the config or the baseline being read, and leaves it as it was', async () => {
    const config = 'include: ["**/*.yaml"]\n';
    const { root } = repoAndOutside({ 'people.yaml': PEOPLE, '.govlintrc.yaml': config });
    const refused = (report: string, file: string) => ({ code: 2, stdout: '', stderr: `govlint: the ${report} would replace ${file}, which this run reads: write it to another file\n` });
    expect(await runInProcess(['check', '-o', 'people.yaml'], root)).toEqual(refused('text report', 'people.yaml'));
    expect(await runInProcess(['check', '-f', 'text', '-f', 'json:./sub/../people.yaml'], root)).toEqual(refused('json report', 'people.yaml'));
    expect(await runInProcess(['check', '-f', 'sarif:.govlintrc.yaml'], root)).toEqual(refused('sarif report', '.govlintrc.yaml'));
    expect(await runInProcess(['baseline', '-o', 'people.yaml'], root)).toEqual(refused('baseline', 'people.yaml'));
    expect((await runInProcess(['baseline', '-o', 'recorded.json'], root)).code).toBe(0);
    const recorded = readFileSync(join(root, 'recorded.json'), 'utf8');
    expect(await runInProcess(['check', '--baseline', 'recorded.json', '-f', 'json:recorded.json'], root)).toEqual(refused('json report', 'recorded.json'));
    expect(readFileSync(join(root, 'people.yaml'), 'utf8')).toBe(PEOPLE);
    expect(readFileSync(join(root, '.govlintrc.yaml'), 'utf8')).toBe(config);
    expect(readFileSync(join(root, 'recorded.json'), 'utf8')).toBe(recorded);
  });

  it('refuses a report over the file a governance file links to, under another name', async () => {
    const { root } = repoAndOutside({ 'data/people.txt': PEOPLE, 'other.yaml': PEOPLE.replace('ada', 'bob') });
    symlinkSync(join(root, 'data', 'people.txt'), join(root, 'people.yaml'));
    expect(await runInProcess(['check', '-f', 'json:data/people.txt'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'govlint: the json report would replace data/people.txt, which this run reads: write it to another file\n',
    });
    expect(readFileSync(join(root, 'data', 'people.txt'), 'utf8')).toBe(PEOPLE);
  });

  it('refuses two reports written to one file, however it is spelt, and writes neither', async () => {
    const { root } = repoAndOutside({ 'people.yaml': PEOPLE });
    const both = (first: string, second: string) => ({ code: 2, stdout: '', stderr: `govlint: the ${first} and ${second} reports would both be written to out.json: give each its own file\n` });
    expect(await runInProcess(['check', '-f', 'json:out.json', '-f', 'sarif:./sub/../out.json'], root)).toEqual(both('json', 'sarif'));
    expect(await runInProcess(['check', '-f', 'json', '-o', 'out.json', '-f', `gitlab:${join(root, 'out.json')}`], root)).toEqual(both('json', 'gitlab'));
    expect(existsSync(join(root, 'out.json'))).toBe(false);
  });
});
