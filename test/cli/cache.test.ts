import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { committedRepo } from '../helpers/scratch-git.js';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/omnichannel');

/** A copy of the bundled example, which has findings, suppressions, Markdown documents and RACI tables. */
function exampleCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'govlint-cache-example-'));
  cpSync(EXAMPLE, root, { recursive: true });
  return root;
}

describe('govlint check --cache', () => {
  it('prints byte for byte what a check without it prints, in every format, when the cache is written and when it is read', async () => {
    const root = exampleCopy();
    const cache = join(mkdtempSync(join(tmpdir(), 'govlint-cache-')), 'parsed');
    for (const format of ['text', 'json', 'sarif']) {
      const args = ['check', '--today', '2027-06-01', '-f', format];
      const expected = await runInProcess(args, root);
      expect(expected.stdout).toContain('review/overdue');
      expect(await runInProcess([...args, '--cache-location', cache], root)).toEqual(expected);
      expect(existsSync(cache)).toBe(true);
      expect(await runInProcess([...args, '--cache-location', cache], root)).toEqual(expected);
    }
  });

  it('checks a file changed since the cache was written as it is now', async () => {
    const root = makeRepo({ 'people.yaml': 'kind: Person\nid: ada\n', 'incident.yaml': 'kind: Process\nid: incident\nroles:\n  process-owner: ada\n  process-manager: [ada]\n' });
    expect((await runInProcess(['check', '--cache'], root)).code).toBe(0);
    writeFileSync(join(root, 'incident.yaml'), 'kind: Process\nid: incident\nroles:\n  process-owner: [ada, grace]\n');
    const cached = await runInProcess(['check', '--cache', '-f', 'json'], root);
    expect(cached).toEqual(await runInProcess(['check', '-f', 'json'], root));
    expect(JSON.parse(cached.stdout).findings.map((finding: { ruleId: string; line: number }) => `${finding.line} ${finding.ruleId}`)).toEqual([
      '4 process/single-owner',
      '4 refs/resolve',
    ]);
  });

  it('keeps the cache in .govlint-cache in the root by default', async () => {
    const root = makeRepo({ 'gov/people.yaml': 'kind: Person\nid: ada\n', '.govlintrc.yaml': 'include: ["gov/**/*.yaml"]\n' });
    expect((await runInProcess(['check', '--cache', 'gov'], root)).code).toBe(0);
    expect(existsSync(join(root, '.govlint-cache', 'parsed'))).toBe(true);
  });

  it('keeps the default cache out of Git in a repo without .gitignore, and out of the files it checks', async () => {
    const repo = committedRepo({ 'people.yaml': 'kind: Person\nid: ada\n', '.govlintrc.yaml': 'include: ["**/*"]\n' });
    try {
      const expected = await runInProcess(['check', '-f', 'json'], repo.root);
      expect(JSON.parse(expected.stdout).summary).toMatchObject({ files: 1 });
      for (let run = 0; run < 2; run++) expect(await runInProcess(['check', '--cache', '-f', 'json'], repo.root)).toEqual(expected);
      expect(existsSync(join(repo.root, '.govlint-cache', 'parsed'))).toBe(true);
      expect(repo.git(['status', '--porcelain', '--untracked-files=all'])).toBe('');
      repo.git(['add', '-A']);
      expect(repo.git(['status', '--porcelain'])).toBe('');
    } finally {
      rmSync(repo.root, { recursive: true, force: true });
    }
  });

  it('ignores a damaged entry, parses that file again and writes the cache again', async () => {
    const root = makeRepo({ 'people.yaml': 'kind: Person\nid: ada\n', 'incident.yaml': 'kind: Process\nid: incident\nroles:\n  process-owner: [ada, grace]\n' });
    try {
      const expected = await runInProcess(['check'], root);
      expect(expected.code).toBe(1);
      expect(await runInProcess(['check', '--cache'], root)).toEqual(expected);
      const file = join(root, '.govlint-cache', 'parsed');
      const bytes = readFileSync(file);
      const entry = (deserialize(bytes) as { entries: Map<string, { parsed: Uint8Array }> }).entries.get('incident.yaml')!.parsed;
      const at = bytes.indexOf(entry);
      expect(at).toBeGreaterThan(0);
      bytes.fill(0xfe, at + 2, at + 12);
      writeFileSync(file, bytes);
      expect(await runInProcess(['check', '--cache'], root)).toEqual(expected);
      expect(readFileSync(file).equals(bytes)).toBe(false);
      expect(await runInProcess(['check', '--cache'], root)).toEqual(expected);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps the cache in a folder given with --cache-location as govlint-parsed', async () => {
    const root = makeRepo({ 'people.yaml': 'kind: Person\nid: ada\n', 'existing/keep.txt': 'a folder that exists\n' });
    for (const folder of ['existing', 'new/']) {
      expect((await runInProcess(['check', '--cache-location', folder], root)).code).toBe(0);
      expect(existsSync(join(root, folder, 'govlint-parsed'))).toBe(true);
    }
  });

  it('under --no-code, refuses a cache inside the repo, which a pull request could forge, and uses one kept outside', async () => {
    const root = makeRepo({ 'people.yaml': 'kind: Person\nid: ada\n' });
    const message = 'govlint: --cache under --no-code must be kept outside the repo being checked (--cache-location): a cache inside an untrusted repo could hide findings\n';
    for (const args of [['--cache'], ['--cache-location', 'cache/parsed']]) {
      expect(await runInProcess(['check', '--no-code', ...args], root)).toEqual({ code: 2, stdout: '', stderr: message });
    }
    const outside = join(mkdtempSync(join(tmpdir(), 'govlint-cache-')), 'parsed');
    expect((await runInProcess(['check', '--no-code', '--cache-location', outside], root)).code).toBe(0);
    expect(existsSync(outside)).toBe(true);
  });

  it('says so when it cannot write the cache, and still reports and exits as without it', async () => {
    const root = makeRepo({ 'people.yaml': 'kind: Person\nid: ada\n---\nkind: Person\nid: ada\n', 'taken': 'a file where a folder should be' });
    const result = await runInProcess(['check', '--cache-location', 'taken/parsed'], root);
    const expected = await runInProcess(['check'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(expected.stdout);
    expect(result.stderr).toMatch(/^govlint: cannot write the cache to taken\/parsed \((EEXIST|ENOTDIR)\); the check is complete, but the next one will parse every file again\n$/);
  });
});
