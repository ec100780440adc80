import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyNeeds, loadHistory } from '../../src/git/load-history.js';
import type { HistoryNeed } from '../../src/model/history.js';
import { builtinRules } from '../../src/rules/index.js';
import { countingGit, scratchRepo } from '../helpers/scratch-git.js';

/** A repo with a committed, a modified, a staged, an untracked and an ignored file. */
function repository() {
  const repo = scratchRepo({ '.gitignore': 'ignored.md\n', 'gov/committed.md': 'c\n', 'gov/modified é.md': 'm\n', 'gov/staged.md': 's\n' });
  const base = repo.commit('Base', '2026-01-10');
  repo.write({ 'gov/committed.md': 'c2\n', 'gov/staged.md': 's2\n' });
  const second = repo.commit('Second', '2026-02-01');
  repo.write({ 'gov/modified é.md': 'm2\n', 'gov/staged.md': 's3\n', 'gov/untracked.md': 'u\n', 'gov/ignored.md': 'i\n' });
  repo.git(['add', 'gov/staged.md']);
  return { repo, base, second };
}

const FILES = ['committed.md', 'modified é.md', 'staged.md', 'untracked.md', 'ignored.md'];

describe('loadHistory', () => {
  it('says where each file stands, by its path relative to the working folder', async () => {
    const { repo, base, second } = repository();
    const outside = join(realpathSync(mkdtempSync(join(tmpdir(), 'govlint-outside-'))), 'outside.md');
    writeFileSync(outside, 'o\n');
    const cwd = join(repo.root, 'gov');
    const files = [...FILES, relative(cwd, outside)];
    const { git, calls } = countingGit();
    const history = await loadHistory(repo.root, files, new Set<HistoryNeed>(['last-commits']), { cwd, git });

    const states = files.map((file) => {
      const state = history.commitState(file)!;
      return [file, state.state, state.state === 'uncommitted' ? undefined : state.lastCommit.shortHash];
    });
    expect(states).toEqual([
      ['committed.md', 'committed', second],
      ['modified é.md', 'modified', base],
      ['staged.md', 'modified', second],
      ['untracked.md', 'uncommitted', undefined],
      ['ignored.md', 'uncommitted', undefined],
      [relative(cwd, outside), 'uncommitted', undefined],
    ]);
    expect(history.commitState('committed.md')).toEqual({
      state: 'committed',
      lastCommit: { hash: repo.git(['rev-parse', second]).trim(), shortHash: second, date: '2026-02-01' },
    });
    expect(history.changes('committed.md')).toBeUndefined();
    expect(history.root).toBe(repo.root);
    expect(calls.map(([command, next]) => (command === '--literal-pathspecs' ? next : command)).sort()).toEqual(['log', 'status']);
  });

  it('loads the changes of each file with one git log, and only what is asked for', async () => {
    const { repo, base, second } = repository();
    const cwd = join(repo.root, 'gov');
    const counted = async (needs: HistoryNeed[]) => {
      const { git, calls } = countingGit();
      const history = await loadHistory(repo.root, FILES, new Set(needs), { cwd, git });
      return { history, count: calls.length };
    };

    const changes = await counted(['changes']);
    expect(changes.count).toBe(1);
    expect(changes.history.commitState('committed.md')).toBeUndefined();
    expect(changes.history.changes('committed.md')!.map((change) => change.commit.shortHash)).toEqual([second, base]);
    expect(changes.history.changes('untracked.md')).toEqual([]);
    expect(changes.history.changes('not-asked-for.md')).toEqual([]);

    expect((await counted(['last-commits', 'changes'])).count).toBe(3);
    expect((await counted([])).count).toBe(0);
  });

  it('runs no git for files all outside the repository, and says they are not committed', async () => {
    const { repo } = repository();
    const { git, calls } = countingGit();
    const history = await loadHistory(repo.root, ['../elsewhere.md'], new Set<HistoryNeed>(['last-commits', 'changes']), { cwd: repo.root, git });
    expect([history.commitState('../elsewhere.md'), history.changes('../elsewhere.md')]).toEqual([{ state: 'uncommitted' }, []]);
    expect(calls).toEqual([]);
  });
});

describe('historyNeeds', () => {
  const settings = (options: Record<string, Record<string, unknown>> = {}) =>
    builtinRules.map((rule) => ({ rule, severity: rule.meta.severity, options: options[rule.meta.id] ?? {} }));

  it('asks for the changes by default, for docs/changed-unreviewed, and for nothing when it is off', () => {
    expect(historyNeeds(settings())).toEqual(new Set(['changes']));
    expect(historyNeeds(settings().filter(({ rule }) => rule.meta.id !== 'docs/changed-unreviewed'))).toEqual(new Set());
  });

  it('asks for the last commits when docs/stale or review/overdue take dates from Git', () => {
    expect(historyNeeds(settings({ 'docs/stale': { reviewedFromGit: true } }))).toEqual(new Set(['changes', 'last-commits']));
    expect(historyNeeds(settings({ 'review/overdue': { reviewedFromGit: true }, 'docs/stale': { reviewedFromGit: false } }))).toEqual(
      new Set(['changes', 'last-commits']),
    );
  });
});
