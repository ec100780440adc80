import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/git/load-history.js';
import rule from '../../src/rules/docs-changed-unreviewed.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';
import { scratchRepo, type ScratchRepo } from '../helpers/scratch-git.js';

const RULE = 'docs/changed-unreviewed';
const FILE = 'docs/sla.md';

/** A Markdown Document whose `reviewed` value is on line 5, columns 11 to 21. */
function sla(reviewed: string, body = 'Checkout answers within 2 seconds.', title = 'Checkout SLA') {
  return lines('---', 'kind: Document', 'id: checkout-sla', `title: ${title}`, `reviewed: ${reviewed}`, '---', `# ${title}`, '', body);
}

/** Lints the repo's files as they are in its working tree, with the history docs/changed-unreviewed needs. */
async function check(repo: ScratchRepo, paths: readonly string[] = [FILE]) {
  const files = Object.fromEntries(paths.map((path) => [path, repo.read(path)]));
  const history = await loadHistory(repo.root, paths, new Set(['changes']), { cwd: repo.root });
  return findingsOf(lintFiles(files, { rules: [rule], history }), RULE).map(brief);
}

function finding(file: string, [line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { ruleId: RULE, file, line, column, endLine, endColumn, message };
}

function changed(reviewed: string, hash: string, date: string, later = '') {
  return `Document 'checkout-sla' changed after its review of ${reviewed}: commit ${hash} of ${date} changed it without updating \`reviewed\`${later}. Review the changes and update \`reviewed\`.`;
}

/** A repo whose SLA was written and reviewed on 2026-01-10. */
function reviewedSla(files: Record<string, string> = {}) {
  const repo = scratchRepo({ [FILE]: sla('2026-01-10'), ...files });
  repo.commit('Add the SLA', '2026-01-10');
  return repo;
}

describe('docs/changed-unreviewed', () => {
  it('needs the changes of each file from the Git history', () => {
    expect(rule.meta.needsHistory?.({})).toEqual(['changes']);
  });

  describe('valid', () => {
    it('accepts a document whose review was updated in a later commit', async () => {
      const repo = reviewedSla();
      repo.write({ [FILE]: sla('2026-01-10', 'Checkout answers within 1 second.') });
      repo.commit('Tighten the target', '2026-02-01');
      repo.write({ [FILE]: sla('2026-02-03', 'Checkout answers within 1 second.') });
      repo.commit('Review the SLA', '2026-02-03');
      expect(await check(repo)).toEqual([]);
    });

    it('accepts a change made with a new review in the same commit', async () => {
      const repo = reviewedSla();
      repo.write({ [FILE]: sla('2026-02-01', 'Checkout answers within 1 second.') });
      repo.commit('Tighten the target, reviewed', '2026-02-01');
      expect(await check(repo)).toEqual([]);
    });

    it('accepts changes dated on or before the review date', async () => {
      const repo = scratchRepo({ [FILE]: sla('2026-03-01') });
      repo.commit('Add the SLA, reviewed ahead of its publication', '2026-01-10');
      repo.write({ [FILE]: sla('2026-03-01', 'Checkout answers within 1 second.') });
      repo.commit('Tighten the target', '2026-02-01');
      repo.write({ [FILE]: sla('2026-03-01', 'Checkout answers within 1 second, at peak too.') });
      repo.commit('On the review day', '2026-03-01');
      expect(await check(repo)).toEqual([]);
    });

    it('accepts a review recorded in the working tree but not committed yet', async () => {
      const repo = reviewedSla();
      repo.write({ [FILE]: sla('2026-01-10', 'Checkout answers within 1 second.') });
      repo.commit('Tighten the target', '2026-02-01');
      repo.write({ [FILE]: sla('2026-11-22', 'Checkout answers within 1 second.') });
      expect(await check(repo)).toEqual([]);
    });

    it('accepts commits that change only the front matter, such as a new field or owner', async () => {
      const repo = reviewedSla();
      repo.write({ [FILE]: sla('2026-01-10').replace('title:', 'type: sla\ntitle:') });
      repo.commit('Say what type of document it is', '2026-02-01');
      expect(await check(repo)).toEqual([]);
    });

    it('ignores a commit that only renamed the file', async () => {
      const repo = reviewedSla();
      mkdirSync(join(repo.root, 'published'));
      repo.git(['mv', FILE, 'published/sla.md']);
      repo.commit('Publish', '2026-02-01');
      expect(await check(repo, ['published/sla.md'])).toEqual([]);
    });

    it('leaves documents without a valid `reviewed` date to docs/stale and schema/valid', async () => {
      const repo = scratchRepo({ 'a.md': lines('---', 'kind: Document', 'id: a', '---', '# A'), 'b.md': sla('2026-02-30') });
      repo.commit('Add', '2026-01-10');
      repo.write({ 'a.md': lines('---', 'kind: Document', 'id: a', '---', '# A, changed'), 'b.md': sla('2026-02-30', 'Changed.') });
      repo.commit('Change', '2026-02-01');
      expect(await check(repo, ['a.md', 'b.md'])).toEqual([]);
    });

    it('skips a file of several entities, whose changed lines cannot be told apart', async () => {
      const document = (id: string, title: string) => lines('kind: Document', `id: ${id}`, `title: ${title}`, 'reviewed: 2026-01-10');
      const repo = scratchRepo({ 'docs.yaml': `${document('a', 'A')}---\n${document('b', 'B')}` });
      repo.commit('Add', '2026-01-10');
      repo.write({ 'docs.yaml': `${document('a', 'A, retitled')}---\n${document('b', 'B')}` });
      repo.commit('Retitle', '2026-02-01');
      expect(await check(repo, ['docs.yaml'])).toEqual([]);
    });

    it('reports nothing without a Git history', () => {
      expect(findingsOf(lintFiles({ [FILE]: sla('2026-01-10') }, { rules: [rule] }), RULE)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a body changed after the review, at the review date, naming the commit', async () => {
      const repo = reviewedSla();
      repo.write({ [FILE]: sla('2026-01-10', 'Checkout answers within 1 second.') });
      const hash = repo.commit('Tighten the target', '2026-02-01');
      expect(await check(repo)).toEqual([finding(FILE, [5, 11, 5, 21], changed('2026-01-10', hash, '2026-02-01'))]);
    });

    it('names the first change no review covers, and counts the later ones', async () => {
      const repo = scratchRepo({ [FILE]: sla('2026-01-10') });
      repo.commit('Add', '2026-01-10');
      repo.write({ [FILE]: sla('2026-01-10', 'Version 2.') });
      repo.commit('Covered by the next review', '2026-01-20');
      repo.write({ [FILE]: sla('2026-02-01', 'Version 2.') });
      repo.commit('Review', '2026-02-01');
      repo.write({ [FILE]: sla('2026-02-01', 'Version 3.') });
      const first = repo.commit('Version 3', '2026-02-10');
      repo.write({ [FILE]: sla('2026-02-01', 'Version 3.', 'Checkout service levels') });
      repo.commit('Retitle', '2026-02-11');
      expect(await check(repo)).toEqual([finding(FILE, [5, 11, 5, 21], changed('2026-02-01', first, '2026-02-10', ' (and so did 1 later commit)'))]);
      repo.write({ [FILE]: sla('2026-02-01', 'Version 4.', 'Checkout service levels') });
      repo.commit('Version 4', '2026-02-12');
      expect((await check(repo))[0]!.message).toBe(changed('2026-02-01', first, '2026-02-10', ' (and so did 2 later commits)'));
    });

    it('follows the document through a rename to another folder and a name with spaces, quotes and non-ASCII', async () => {
      const renamed = 'published/SLA "caisse" é.md';
      const repo = reviewedSla({ 'people.yaml': lines('kind: Person', 'id: ada') });
      repo.write({ [FILE]: sla('2026-01-10', 'Checkout answers within 1 second.') });
      const hash = repo.commit('Tighten the target', '2026-02-01');
      mkdirSync(join(repo.root, 'published'));
      repo.git(['mv', FILE, renamed]);
      repo.commit('Publish', '2026-02-05');
      expect(await check(repo, [renamed, 'people.yaml'])).toEqual([finding(renamed, [5, 11, 5, 21], changed('2026-01-10', hash, '2026-02-01'))]);
    });

    it('reads an older body change against the front matter as it was then', async () => {
      const repo = reviewedSla();
      repo.write({ [FILE]: sla('2026-01-10').replace('# Checkout SLA', '# Checkout service levels') });
      const hash = repo.commit('Retitle the body', '2026-02-01');
      // Two more front matter lines now cover the line the older commit changed.
      repo.write({ [FILE]: repo.read(FILE).replace('title:', 'type: sla\ntags: [checkout]\ntitle:') });
      repo.commit('Add a type and tags', '2026-02-05');
      expect(await check(repo)).toEqual([finding(FILE, [7, 11, 7, 21], changed('2026-01-10', hash, '2026-02-01'))]);
    });

    it('reports a YAML document whose other fields changed', async () => {
      const repo = scratchRepo({ 'sla.yaml': lines('kind: Document', 'id: checkout-sla', 'reviewed: 2026-01-10', 'title: Checkout SLA') });
      repo.commit('Add', '2026-01-10');
      repo.write({ 'sla.yaml': lines('kind: Document', 'id: checkout-sla', 'reviewed: 2026-01-10', 'title: Checkout service levels') });
      const hash = repo.commit('Retitle', '2026-03-01');
      expect(await check(repo, ['sla.yaml'])).toEqual([finding('sla.yaml', [3, 11, 3, 21], changed('2026-01-10', hash, '2026-03-01'))]);
    });
  });
});
