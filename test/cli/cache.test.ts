import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, runGovlint } from '../helpers/run-cli.js';

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
      const expected = await runGovlint(args, root);
      expect(expected.stdout).toContain('review/overdue');
      expect(await runGovlint([...args, '--cache-location', cache], root)).toEqual(expected);
      expect(existsSync(cache)).toBe(true);
      expect(await runGovlint([...args, '--cache-location', cache], root)).toEqual(expected);
    }
  });

  it('checks a file changed since the cache was written as it is now', async () => {
    const root = makeRepo({ 'people.yaml': 'kind: Person\nid: ada\n', 'incident.yaml': 'kind: Process\nid: incident\nroles:\n  process-owner: ada\n  process-manager: [ada]\n' });
    expect((await runGovlint(['check', '--cache'], root)).code).toBe(0);
    writeFileSync(join(root, 'incident.yaml'), 'kind: Process\nid: incident\nroles:\n  process-owner: [ada, grace]\n');
    const cached = await runGovlint(['check', '--cache', '-f', 'json'], root);
    expect(cached).toEqual(await runGovlint(['check', '-f', 'json'], root));
    expect(JSON.parse(cached.stdout).findings.map((finding: { ruleId: string; line: number }) => `${finding.line} ${finding.ruleId}`)).toEqual([
      '4 process/single-owner',
      '4 refs/resolve',
    ]);
  });

  it('keeps the cache under node_modules/.cache/govlint in the root by default', async () => {
    const root = makeRepo({ 'gov/people.yaml': 'kind: Person\nid: ada\n', '.govlintrc.yaml': 'include: ["gov/**/*.yaml"]\n' });
    expect((await runGovlint(['check', '--cache', 'gov'], root)).code).toBe(0);
    expect(existsSync(join(root, 'node_modules', '.cache', 'govlint', 'parsed'))).toBe(true);
  });

  it('keeps the cache in a folder given with --cache-location as govlint-parsed', async () => {
    const root = makeRepo({ 'people.yaml': 'kind: Person\nid: ada\n', 'existing/keep.txt': 'a folder that exists\n' });
    for (const folder of ['existing', 'new/']) {
      expect((await runGovlint(['check', '--cache-location', folder], root)).code).toBe(0);
      expect(existsSync(join(root, folder, 'govlint-parsed'))).toBe(true);
    }
  });

  it('under --no-code, refuses a cache inside the repo, which a pull request could forge, and uses one kept outside', async () => {
    const root = makeRepo({ 'people.yaml': 'kind: Person\nid: ada\n' });
    const message = 'govlint: --cache under --no-code must be kept outside the repo being checked (--cache-location): a cache inside an untrusted repo could hide findings\n';
    for (const args of [['--cache'], ['--cache-location', 'cache/parsed']]) {
      expect(await runGovlint(['check', '--no-code', ...args], root)).toEqual({ code: 2, stdout: '', stderr: message });
    }
    const outside = join(mkdtempSync(join(tmpdir(), 'govlint-cache-')), 'parsed');
    expect((await runGovlint(['check', '--no-code', '--cache-location', outside], root)).code).toBe(0);
    expect(existsSync(outside)).toBe(true);
  });

  it('says so when it cannot write the cache, and still reports and exits as without it', async () => {
    const root = makeRepo({ 'people.yaml': 'kind: Person\nid: ada\n---\nkind: Person\nid: ada\n', 'taken': 'a file where a folder should be' });
    const result = await runGovlint(['check', '--cache-location', 'taken/parsed'], root);
    const expected = await runGovlint(['check'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(expected.stdout);
    expect(result.stderr).toMatch(/^govlint: cannot write the cache to taken\/parsed \((EEXIST|ENOTDIR)\); the check is complete, but the next one will parse every file again\n$/);
  });
});
