import { rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';
import { scratchRepo, type ScratchRepo } from '../helpers/scratch-git.js';

const PEOPLE = 'kind: Person\nid: ada\n---\nkind: Person\nid: grace\n';
const process = (id: string, owners: string) => `kind: Process\nid: ${id}\nroles:\n  process-owner: ${owners}\n  process-manager: [grace]\n`;
const FIVE = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`processes/p${n}.yaml`, process(`p${n}`, 'ada')]));

const repos: ScratchRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) rmSync(repo.root, { recursive: true, force: true });
});

/** A repo with these files committed on main, and a branch `feature` checked out from it. */
function featureBranch(files: Record<string, string>): ScratchRepo {
  const repo = scratchRepo(files);
  repos.push(repo);
  repo.commit('Governance', '2026-01-15');
  repo.git(['checkout', '-q', '-b', 'feature']);
  return repo;
}

const unknownPerson = (n: number) =>
  `processes/p${n}.yaml\n  4:18  error  Process 'p${n}': \`roles.process-owner\` names 'ada', but there is no Person with that id.  refs/resolve\n`;

describe('--changed-since reports what the change introduces, wherever it lands', () => {
  it('reports the five processes still owned by a Person the pull request deletes', async () => {
    const repo = featureBranch({ 'people.yaml': PEOPLE, ...FIVE });
    repo.write({ 'people.yaml': 'kind: Person\nid: grace\n' });
    repo.commit('Ada leaves', '2026-02-01');

    const result = await runInProcess(['check', '--changed-since', 'main'], repo.root);
    expect(result).toEqual({
      code: 1,
      stdout: `${[1, 2, 3, 4, 5].map(unknownPerson).join('\n')}\n✖ 5 problems (5 errors, 0 warnings, 0 notes) in 6 entities in 6 files.\n`,
      stderr: '',
    });
  });

  it('reports them too when the Person is deleted with their whole file, staged and not yet committed', async () => {
    const repo = featureBranch({ 'people/ada.yaml': 'kind: Person\nid: ada\n', 'people/grace.yaml': 'kind: Person\nid: grace\n', ...FIVE });
    repo.git(['rm', '-q', 'people/ada.yaml']);
    const result = await runInProcess(['check', '--changed-since', 'main', '-f', 'json'], repo.root);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((finding: { file: string; line: number; column: number; message: string }) => [finding.file, finding.line, finding.column, finding.message])).toEqual(
      [1, 2, 3, 4, 5].map((n) => [`processes/p${n}.yaml`, 4, 18, `Process 'p${n}': \`roles.process-owner\` names 'ada', but there is no Person with that id.`]),
    );
  });

  it('finds the deleted file at the base with an include pattern that leaves files out (a negation)', async () => {
    const config = "include: ['**/*.yaml', '!drafts/**']\n";
    const repo = featureBranch({ '.govlintrc.yaml': config, 'people/ada.yaml': 'kind: Person\nid: ada\n', 'people/grace.yaml': 'kind: Person\nid: grace\n', ...FIVE });
    repo.git(['rm', '-q', 'people/ada.yaml']);
    const result = await runInProcess(['check', '--changed-since', 'main'], repo.root);
    expect(result).toEqual({
      code: 1,
      stdout: `${[1, 2, 3, 4, 5].map(unknownPerson).join('\n')}\n✖ 5 problems (5 errors, 0 warnings, 0 notes) in 6 entities in 6 files.\n`,
      stderr: '',
    });
  });

  it('reports a changed file whose name is not UTF-8, which Git and the file system spell differently', async () => {
    const repo = featureBranch({ 'people.yaml': PEOPLE });
    const name = Buffer.concat([Buffer.from(`${repo.root}/proc`), Buffer.of(0xff), Buffer.from('.yaml')]);
    writeFileSync(name, process('p1', 'ada'));
    repo.commit('A process', '2026-01-20');
    writeFileSync(name, process('p1', 'bob'));
    const result = await runInProcess(['check', '--changed-since', 'main'], repo.root);
    expect(result).toEqual({
      code: 1,
      stdout:
        "proc\uFFFD.yaml\n  4:18  error  Process 'p1': `roles.process-owner` names 'bob', but there is no Person with that id.  refs/resolve\n\n" +
        '✖ 1 problem (1 error, 0 warnings, 0 notes) in 3 entities in 2 files.\n',
      stderr: '',
    });
  });

  it('leaves the findings that were there before the change unreported, when the change only touches another file', async () => {
    const repo = featureBranch({ 'people.yaml': PEOPLE, 'legacy.yaml': process('legacy', '[ada, grace]') });
    repo.write({ 'people.yaml': `${PEOPLE}---\nkind: Person\nid: alan\n` });
    repo.commit('Alan joins', '2026-02-01');
    expect(await runInProcess(['check', '--changed-since', 'main'], repo.root)).toEqual({ code: 0, stdout: '✔ No problems in 4 entities in 2 files.\n', stderr: '' });
    // The finding is still there: a full check reports it.
    expect((await runInProcess(['check'], repo.root)).code).toBe(1);
  });

  it('does not count as new an old finding whose message names a file the change renamed', async () => {
    // ids/unique reports the second 'ada' in path order, and names the file of the first.
    const repo = featureBranch({ 'a.yaml': 'kind: Person\nid: ada\n', 'b.yaml': 'kind: Person\nid: ada\n' });
    repo.git(['mv', 'a.yaml', 'archive.yaml']);
    repo.commit('Move a file', '2026-02-01');
    expect(await runInProcess(['check', '--changed-since', 'main'], repo.root)).toEqual({ code: 0, stdout: '✔ No problems in 2 entities in 2 files.\n', stderr: '' });
    const full = await runInProcess(['check'], repo.root);
    expect(full.stdout).toContain("b.yaml\n  2:5  error  Person 'ada' uses an id already taken by Person 'ada' in archive.yaml");
  });

  it('still reports every finding in the changed files, old or new, and the whole of a file named', async () => {
    const repo = featureBranch({ 'people.yaml': PEOPLE, 'legacy.yaml': process('legacy', '[ada, grace]'), 'old.yaml': process('old', '[ada, grace]') });
    repo.write({ 'legacy.yaml': `# Reviewed.\n${process('legacy', '[ada, grace]')}` });
    const single = (file: string, id: string, line: number) =>
      `${file}\n  ${line}:18  error  Process '${id}' has 2 process owners (ada, grace): keep exactly one owner and make the others \`process-manager\`s, who run the process for their teams.  process/single-owner  → ada, grace\n`;
    expect(await runInProcess(['check', '--changed-since', 'main'], repo.root)).toEqual({
      code: 1,
      stdout: `${single('legacy.yaml', 'legacy', 5)}\n✖ 1 problem (1 error, 0 warnings, 0 notes) in 4 entities in 3 files.\n`,
      stderr: '',
    });
    // As `pre-commit run --all-files` passes every file: a file named is reported on, changed or not.
    const named = await runInProcess(['check', '--changed-since', 'HEAD', 'old.yaml'], repo.root);
    expect(named.stdout).toBe(`${single('old.yaml', 'old', 4)}\n✖ 1 problem (1 error, 0 warnings, 0 notes) in 4 entities in 3 files.\n`);
  });

  it('does not count as new an old finding of a rule that reads the Git history', async () => {
    const sla = (body: string) => `---\nkind: Document\nid: checkout-sla\ntitle: Checkout SLA\nreviewed: 2026-01-10\n---\n# Checkout SLA\n\n${body}\n`;
    const repo = scratchRepo({ 'people.yaml': PEOPLE, 'docs/sla.md': sla('Checkout answers within 2 seconds.') });
    repos.push(repo);
    repo.commit('Add the SLA', '2026-01-10');
    repo.write({ 'docs/sla.md': sla('Checkout answers within 1 second.') });
    const hash = repo.commit('Tighten the target', '2026-02-01');
    repo.git(['checkout', '-q', '-b', 'feature']);
    repo.write({ 'people.yaml': `${PEOPLE}---\nkind: Person\nid: alan\n` });
    repo.commit('Alan joins', '2026-02-05');
    expect(await runInProcess(['check', '--changed-since', 'main', '--today', '2026-03-01'], repo.root)).toEqual({
      code: 0,
      stdout: '✔ No problems in 4 entities in 2 files.\n',
      stderr: '',
    });
    const full = await runInProcess(['check', '--today', '2026-03-01'], repo.root);
    expect(full.stdout).toContain(`commit ${hash} of 2026-02-01 changed it without updating \`reviewed\``);
  });

  it('compares with nothing before the first commit, when the ref is HEAD', async () => {
    const repo = scratchRepo({ 'people.yaml': PEOPLE, 'p.yaml': process('p', 'nobody') });
    repos.push(repo);
    repo.git(['add', 'people.yaml']);
    const result = await runInProcess(['check', '--changed-since', 'HEAD', '-f', 'json'], repo.root);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((finding: { file: string; ruleId: string; line: number }) => [finding.file, finding.ruleId, finding.line])).toEqual([
      ['p.yaml', 'refs/resolve', 4],
    ]);
  });

  it('stops with one line and exit 2 on a ref that does not exist', async () => {
    const repo = featureBranch({ 'people.yaml': PEOPLE });
    expect(await runInProcess(['check', '--changed-since', 'origin/main'], repo.root)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "govlint: unknown Git ref 'origin/main': no branch, tag or commit of this repository has that name, or HEAD has no commit yet (in CI, fetch the branch first, as in `git fetch origin main`)\n",
    });
  });
});
