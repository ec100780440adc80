import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastCommitDates } from '../../src/git/last-commits.js';
import { countingGit, scratchRepo } from '../helpers/scratch-git.js';

const SPACES = 'docs/SLA de caisse é.md';
const QUOTES = 'docs/"quoted" \'name\'.yaml';
const GLOB = 'docs/a[1]*.md';

describe('lastCommitDates', () => {
  it('gives each file the hash and committer date of the last commit that touched it, in one git log', async () => {
    const repo = scratchRepo({ [SPACES]: 'v1\n', [QUOTES]: 'kind: Person\nid: q\n', [GLOB]: 'g\n', 'docs/a1x.md': 'not the glob\n', 'old.md': 'renamed later\n' });
    const first = repo.commit('First', '2026-01-10');
    repo.write({ [SPACES]: 'v2\n' });
    const second = repo.commit('Second', '2026-02-20');
    mkdirSync(join(repo.root, 'moved'));
    repo.git(['mv', 'old.md', 'moved/new.md']);
    const rename = repo.commit('Rename', '2026-03-05');
    repo.write({ 'docs/a1x.md': 'changed\n' });
    repo.commit('Only the other file', '2026-04-01');
    repo.write({ 'untracked.md': 'never committed\n' });

    const { git, calls } = countingGit();
    const dates = await lastCommitDates(repo.root, [SPACES, QUOTES, GLOB, 'moved/new.md', 'untracked.md', 'missing.md'], git);
    const short = (commit: { shortHash: string; date: string } | undefined) => commit && [commit.shortHash, commit.date];
    expect(Object.fromEntries([...dates].map(([path, commit]) => [path, short(commit)]))).toEqual({
      [SPACES]: [second, '2026-02-20'],
      [QUOTES]: [first, '2026-01-10'],
      // Matched by name: `a[1]*.md` is not a pattern that a1x.md, changed later, would match.
      [GLOB]: [first, '2026-01-10'],
      'moved/new.md': [rename, '2026-03-05'],
    });
    expect(dates.get(SPACES)!.hash).toBe(repo.git(['rev-parse', second]).trim());
    expect(calls.length).toBe(1);
  });

  it('takes the committer date, in the committer\'s time zone, not the author date', async () => {
    const repo = scratchRepo({ 'rebased.md': 'written in January, landed in March\n', 'late.md': 'late evening in New York\n' });
    repo.git(['add', 'rebased.md']);
    repo.git(['commit', '-q', '-m', 'Rebased'], { author: '2026-01-05T09:00:00Z', committer: '2026-03-02T09:00:00Z' });
    repo.git(['add', 'late.md']);
    // 23:30 in New York is already the next day in UTC.
    repo.git(['commit', '-q', '-m', 'Late'], { author: '2026-03-03T23:30:00-05:00', committer: '2026-03-03T23:30:00-05:00' });
    const dates = await lastCommitDates(repo.root, ['rebased.md', 'late.md']);
    expect([dates.get('rebased.md')?.date, dates.get('late.md')?.date]).toEqual(['2026-03-02', '2026-03-03']);
  });

  it('finds files in a folder whose name Git would read as a pattern', async () => {
    const repo = scratchRepo({ 'gov[1]/a.md': 'a\n', 'gov1/a.md': 'not this one\n' });
    const first = repo.commit('First', '2026-01-10');
    repo.write({ 'gov1/a.md': 'changed\n' });
    repo.commit('Second', '2026-02-01');
    expect(await lastCommitDates(repo.root, ['gov[1]/a.md'])).toEqual(
      new Map([['gov[1]/a.md', { hash: repo.git(['rev-parse', first]).trim(), shortHash: first, date: '2026-01-10' }]]),
    );
  });

  it('keeps every file of a commit when a file name starts with what looked like the start of a commit', async () => {
    // Git lists a commit's files in byte order, NUL-separated: the second one here followed a NUL.
    const [first, marked] = ['\x01a.md', '\x01commit\x01b.md'];
    const repo = scratchRepo({ [first]: 'v1\n', [marked]: 'v1\n', 'c.md': 'v1\n' });
    repo.commit('First', '2026-01-10');
    repo.write({ [first]: 'v2\n', [marked]: 'v2\n', 'c.md': 'v2\n', 'd\ne.md': 'new\n' });
    const second = repo.commit('Second', '2026-02-01');
    const dates = await lastCommitDates(repo.root, [first, marked, 'c.md', 'd\ne.md']);
    expect(Object.fromEntries([...dates].map(([path, commit]) => [path, [commit.shortHash, commit.date]]))).toEqual({
      [first]: [second, '2026-02-01'],
      [marked]: [second, '2026-02-01'],
      'c.md': [second, '2026-02-01'],
      'd\ne.md': [second, '2026-02-01'],
    });
    rmSync(repo.root, { recursive: true, force: true });
  });

  it('gives nothing, without failing, in a repository with no commit yet', async () => {
    const repo = scratchRepo({ 'a.md': 'a\n' });
    const { git, calls } = countingGit();
    expect(await lastCommitDates(repo.root, ['a.md'], git)).toEqual(new Map());
    expect(calls.length).toBe(1);
  });

  it('does not run git for no files, which would log the whole history', async () => {
    const { git, calls } = countingGit();
    expect(await lastCommitDates(scratchRepo().root, [], git)).toEqual(new Map());
    expect(calls).toEqual([]);
  });
});
