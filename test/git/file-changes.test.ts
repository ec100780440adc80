import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileChanges } from '../../src/git/file-changes.js';
import type { FileChange } from '../../src/model/history.js';
import { countingGit, scratchRepo } from '../helpers/scratch-git.js';

const DRAFT = 'drafts/sla draft.md';
const DOC = 'docs/SLA "caisse" é.md';

function sla(reviewed: string, title = 'Checkout SLA', body = 'Checkout answers within 2 seconds.') {
  return `---\nkind: Document\nid: checkout-sla\ntitle: ${title}\nreviewed: ${reviewed}\n---\n# ${title}\n\n${body}\n`;
}

const RACI = (reviewed: string, step: string) =>
  `kind: Raci\nid: release\nscope: pos\nreviewed: 2026-01-10\ntasks:\n  - name: ${step}\n    reviewed: ${reviewed}\n`;

/** A change as the tests write it: short hash, date, and what it touched. */
function summary(changes: readonly FileChange[] | undefined) {
  return changes?.map(({ commit, reviewed, other }) => [commit.shortHash, commit.date, reviewed ? 'reviewed' : '-', other ? 'other' : '-']);
}

describe('fileChanges', () => {
  it('says of each commit whether it touched `reviewed` or anything else, newest first, following renames, in one git log', async () => {
    const repo = scratchRepo({ [DRAFT]: sla('2026-01-10'), 'raci.yaml': RACI('2026-01-10', 'Cut over'), 'other.md': 'other\n' });
    const added = repo.commit('Add the SLA', '2026-01-10');
    repo.write({ [DRAFT]: sla('2026-01-10', 'Checkout SLA', 'Checkout answers within 1 second.'), 'other.md': 'other, changed\n' });
    const body = repo.commit('Tighten the target', '2026-02-01');
    repo.write({ [DRAFT]: sla('2026-02-15', 'Checkout SLA', 'Checkout answers within 1 second.') });
    const review = repo.commit('Review the SLA', '2026-02-15');
    mkdirSync(join(repo.root, 'docs'));
    repo.git(['mv', DRAFT, DOC]);
    const rename = repo.commit('Publish the SLA', '2026-03-01');
    repo.write({ [DOC]: sla('2026-02-15', 'Checkout service levels', 'Checkout answers within 1 second.') });
    const title = repo.commit('Retitle', '2026-03-10');
    // A nested `reviewed:` is a field of a task, not the entity's review date.
    repo.write({ 'raci.yaml': RACI('2026-03-12', 'Cut over') });
    const nested = repo.commit('Review a task', '2026-03-12');

    const { git, calls } = countingGit();
    const changes = await fileChanges(repo.root, [DOC, 'raci.yaml', 'never.md'], git);
    expect(summary(changes.get(DOC))).toEqual([
      [title, '2026-03-10', '-', 'other'],
      [rename, '2026-03-01', '-', '-'],
      [review, '2026-02-15', 'reviewed', '-'],
      [body, '2026-02-01', '-', 'other'],
      [added, '2026-01-10', 'reviewed', 'other'],
    ]);
    expect(summary(changes.get('raci.yaml'))).toEqual([
      [nested, '2026-03-12', '-', 'other'],
      [added, '2026-01-10', 'reviewed', 'other'],
    ]);
    expect(changes.get('never.md')).toEqual([]);
    expect([...changes.keys()]).toEqual([DOC, 'raci.yaml', 'never.md']);
    expect(calls.length).toBe(1);
  });

  it('reads the same whatever the repository configures for diffs and logs', async () => {
    const repo = scratchRepo({ 'sla.md': sla('2026-01-10') });
    const added = repo.commit('Add', '2026-01-10');
    for (const [key, value] of Object.entries({
      'diff.noprefix': 'true',
      'diff.mnemonicPrefix': 'true',
      'diff.external': 'false',
      'diff.renames': 'false',
      'color.ui': 'always',
      'log.showRoot': 'false',
      'log.follow': 'true',
      'core.quotepath': 'true',
    })) {
      repo.git(['config', key, value]);
    }
    repo.write({ 'sla.md': sla('2026-02-01', 'Checkout SLA', 'Faster.') });
    const both = repo.commit('Change and review', '2026-02-01');
    expect(summary((await fileChanges(repo.root, ['sla.md'])).get('sla.md'))).toEqual([
      [both, '2026-02-01', 'reviewed', 'other'],
      [added, '2026-01-10', 'reviewed', 'other'],
    ]);
  });

  it('keeps every file of a commit whatever a file name or a text holds, even what looked like the start of a commit', async () => {
    const marked = '\x01commit\x01a.md';
    // Git calls a file binary only for a NUL among its first 8,000 bytes: this one's patch shows the NUL raw.
    const late = (line: string) => `${'x'.repeat(8100)}\n${line}\0\x01commit\x01${'0'.repeat(40)}\0short\0date\0\n`;
    const repo = scratchRepo({ [marked]: sla('2026-01-10'), 'b.md': sla('2026-01-10'), 'late.md': late('one') });
    const added = repo.commit('Add', '2026-01-10');
    repo.write({ [marked]: sla('2026-01-10', 'Checkout SLA', 'Changed.'), 'b.md': sla('2026-01-10', 'Checkout SLA', 'Changed.'), 'late.md': late('two'), 'z.md': 'new\n' });
    const changed = repo.commit('Change', '2026-02-01');
    const changes = await fileChanges(repo.root, [marked, 'b.md', 'late.md', 'z.md']);
    expect(Object.fromEntries([...changes].map(([path, list]) => [path, summary(list)]))).toEqual({
      [marked]: [[changed, '2026-02-01', '-', 'other'], [added, '2026-01-10', 'reviewed', 'other']],
      'b.md': [[changed, '2026-02-01', '-', 'other'], [added, '2026-01-10', 'reviewed', 'other']],
      'late.md': [[changed, '2026-02-01', '-', 'other'], [added, '2026-01-10', '-', 'other']],
      'z.md': [[changed, '2026-02-01', '-', 'other']],
    });
    rmSync(repo.root, { recursive: true, force: true });
  });

  it('gives every file an empty list in a repository with no commit yet', async () => {
    const repo = scratchRepo({ 'sla.md': sla('2026-01-10') });
    expect(await fileChanges(repo.root, ['sla.md'])).toEqual(new Map([['sla.md', []]]));
  });
});
