import { appendFileSync, chmodSync, existsSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { devNull } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runGovlint } from '../helpers/run-cli.js';
import { gitIn, scratchRepo, type ScratchRepo } from '../helpers/scratch-git.js';

// A repository under check may come with a .git/config of its own (a copied work tree, a cached checkout): the
// programs it names must not run when govlint asks git about the history.
const NO_USER_CONFIG = { GIT_CONFIG_GLOBAL: devNull, GIT_CONFIG_NOSYSTEM: '1' };

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A script that records that it ran in `marker`, then passes its input through, as a filter or textconv would. */
function trap(repo: ScratchRepo): { script: string; marker: string } {
  const script = join(repo.root, '.git', 'trap.sh');
  const marker = join(repo.root, '.git', 'ran');
  writeFileSync(script, `#!/bin/sh\necho "$0 $*" >> '${marker}'\ncat\n`);
  chmodSync(script, 0o755);
  return { script, marker };
}

/**
 * A document reviewed, then changed without a new review (docs/changed-unreviewed reads `git log -p`), whose files
 * every filter and diff driver applies to, and a .git/config that names the trap for every program git can start
 * on its own. The file's time is then moved, so that git would compare its content through the clean filter.
 */
function trappedRepo(): { repo: ScratchRepo; marker: string; hash: string } {
  const repo = scratchRepo({
    '.gitattributes': '* filter=evil diff=evil\n',
    'sla.md': '---\nkind: Document\nid: sla\nreviewed: 2026-01-10\n---\n# SLA\n',
  });
  folders.push(repo.root);
  repo.commit('Reviewed', '2026-01-10');
  repo.write({ 'sla.md': '---\nkind: Document\nid: sla\nreviewed: 2026-01-10\n---\n# SLA\n\nFour hours, not eight.\n' });
  const hash = repo.commit('Change the SLA', '2026-02-01');
  const { script, marker } = trap(repo);
  const hooks = join(repo.root, '.git', 'trap-hooks');
  mkdirSync(hooks);
  for (const hook of ['post-index-change', 'post-checkout', 'pre-commit', 'reference-transaction', 'post-rewrite', 'pre-auto-gc']) {
    writeFileSync(join(hooks, hook), `#!/bin/sh\ntouch '${marker}'\n`);
    chmodSync(join(hooks, hook), 0o755);
  }
  const settings = {
    'core.fsmonitor': script,
    'core.hooksPath': hooks,
    'core.pager': script,
    'pager.log': script,
    'diff.external': script,
    'diff.evil.command': script,
    'diff.evil.textconv': script,
    'filter.evil.clean': script,
    'filter.evil.smudge': script,
    'filter.evil.required': 'true',
    // No driver: a key without a subsection.
    'filter.stray': script,
  };
  configure(repo, settings);
  utimesSync(join(repo.root, 'sla.md'), new Date('2026-03-01'), new Date('2026-03-01'));
  return { repo, marker, hash };
}

/**
 * Adds the settings to the repository's .git/config as `git config <key> <value>` would, one key after another, but
 * written at once, and checks that git reads each back.
 */
function configure(repo: ScratchRepo, settings: Record<string, string>): void {
  const quote = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  const lines = Object.entries(settings).map(([key, value]) => {
    const [section, ...rest] = key.split('.');
    const name = rest.pop()!;
    const header = rest.length > 0 ? `[${section} ${quote(rest.join('.'))}]` : `[${section}]`;
    return `${header}\n\t${name} = ${quote(value)}\n`;
  });
  appendFileSync(join(repo.root, '.git', 'config'), lines.join(''));
  const listed = repo.git(['config', '--local', '--list']).split('\n');
  expect(listed).toEqual(expect.arrayContaining(Object.entries(settings).map(([key, value]) => `${key.toLowerCase()}=${value}`)));
}

const UNREVIEWED =
  "Document 'sla' changed after its review of 2026-01-10: commit <hash> of 2026-02-01 changed it without updating `reviewed`. Review the changes and update `reviewed`.";

describe("git runs no program named by the checked repository's .git/config", () => {
  it.each([
    ['a plain check (git ls-files, rev-parse and log -p)', []],
    ['--no-code', ['--no-code']],
    ['--changed-since (git diff and status)', ['--changed-since', 'HEAD~1']],
  ])('%s', async (_name, args) => {
    const { repo, marker, hash } = trappedRepo();
    const result = await runGovlint(['check', '-f', 'json', '--today', '2026-03-01', ...args], repo.root, NO_USER_CONFIG);
    expect(existsSync(marker)).toBe(false);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const findings = JSON.parse(result.stdout).findings as { ruleId: string; message: string; file: string; line: number }[];
    expect(findings.map(({ ruleId, message, file, line }) => ({ ruleId, message, file, line }))).toEqual([
      { ruleId: 'docs/changed-unreviewed', message: UNREVIEWED.replace('<hash>', hash), file: 'sla.md', line: 4 },
    ]);
  });

  it("runs no filter driver that a submodule's own config names", async () => {
    const sub = scratchRepo({ '.gitattributes': '* filter=evil\n', 'x.md': 'x\n' });
    folders.push(sub.root);
    sub.commit('Sub', '2026-01-10');
    const repo = scratchRepo({ 'ada.yaml': 'kind: Person\nid: ada\n' });
    folders.push(repo.root);
    repo.git(['-c', 'protocol.file.allow=always', 'submodule', 'add', '--quiet', '--', sub.root, 'sub']);
    repo.commit('Base', '2026-01-10');
    const { script, marker } = trap(repo);
    gitIn(join(repo.root, 'sub'))(['config', 'filter.evil.clean', script]);
    utimesSync(join(repo.root, 'sub', 'x.md'), new Date('2026-03-01'), new Date('2026-03-01'));
    const result = await runGovlint(['check', '--changed-since', 'HEAD'], repo.root, NO_USER_CONFIG);
    expect(existsSync(marker)).toBe(false);
    // The submodule's files are not read (a repository of its own), but git is asked about the working tree it is in.
    expect(result).toEqual({ code: 0, stdout: '✔ No problems in 1 entity in 1 file.\n', stderr: '' });
  });

  it('stops with exit 2, rather than run anything, at a filter driver whose name no -c option can spell', async () => {
    const { repo, marker } = trappedRepo();
    repo.write({ '.gitattributes': '* filter=a=b\n' });
    repo.git(['config', 'filter.a=b.clean', join(repo.root, '.git', 'trap.sh')]);
    const result = await runGovlint(['check', '--no-code'], repo.root, NO_USER_CONFIG);
    expect(existsSync(marker)).toBe(false);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `govlint: the Git configuration in ${repo.root} names a filter driver 'a=b' that govlint cannot turn off\n`,
    });
  });

  it('never lets git fetch the objects a partial clone lacks, which would start the transport the config names', async () => {
    // A renamed and edited file: finding the rename needs the old text, which a blob-less clone does not have.
    const server = scratchRepo({ 'ada.yaml': 'kind: Person\nid: ada\nname: Ada Lovelace, who wrote the first program\n' });
    folders.push(server.root);
    server.commit('Ada', '2026-01-10');
    server.git(['mv', 'ada.yaml', 'lovelace.yaml']);
    server.write({ 'lovelace.yaml': 'kind: Person\nid: ada\nname: Ada Lovelace, who wrote the first program.\n' });
    server.commit('Rename', '2026-02-01');
    server.git(['config', 'uploadpack.allowFilter', 'true']);
    const client = `${server.root}-clone`;
    folders.push(client);
    gitIn(server.root)(['clone', '-q', '--filter=blob:none', `file://${server.root}`, client]);
    const repo = { root: client } as ScratchRepo;
    const { script, marker } = trap(repo);
    gitIn(client)(['config', 'remote.origin.uploadpack', script]);
    const result = await runGovlint(['check', '--changed-since', 'HEAD~1'], client, NO_USER_CONFIG);
    expect(existsSync(marker)).toBe(false);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^govlint: git \w+ needs objects that this partial clone lacks, and govlint never lets git fetch: clone without --filter, or fetch them first\n$/);
  });
});
