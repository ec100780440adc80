import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/git/list-files.js';
import { GitError } from '../../src/git/run-git.js';
import { countingGitBytes, scratchRepo } from '../helpers/scratch-git.js';

/** The lists sorted, to compare. */
async function listed(folder: string) {
  const { git, calls } = countingGitBytes();
  const { files, links, unsure } = await listFiles(folder, git);
  expect(calls.map(([command]) => command)).toEqual(['ls-files']);
  return { files: files.sort(), links: links.sort(), unsure: unsure.sort() };
}

describe('listFiles', () => {
  it('tells files git vouches for from those to look at, in one git ls-files, tracked ones .gitignore matches included', async () => {
    const repo = scratchRepo({ '.gitignore': 'ignored.md\n', 'a.md': 'a\n', 'b é.md': 'b\n', 'changed.md': 'c\n', 'gone.md': 'g\n', 'ignored.md': 'tracked anyway\n' });
    symlinkSync('a.md', join(repo.root, 'link.md'));
    repo.git(['add', '-f', 'ignored.md']);
    repo.commit('Base', '2026-01-10');
    repo.write({ 'changed.md': 'changed\n', 'new.md': 'n\n', 'ignored-too.md': 'x\n' });
    repo.remove('gone.md');
    expect(await listed(repo.root)).toEqual({
      files: ['.gitignore', 'a.md', 'b é.md', 'ignored.md'],
      links: ['link.md'],
      unsure: ['changed.md', 'gone.md', 'ignored-too.md', 'new.md'],
    });
  });

  it('lists paths relative to a subfolder, and only those in it', async () => {
    const repo = scratchRepo({ 'top.md': 't\n', 'docs/a.md': 'a\n', 'docs/deep/b.md': 'b\n' });
    repo.commit('Base', '2026-01-10');
    repo.write({ 'docs/new.md': 'n\n' });
    expect(await listed(join(repo.root, 'docs'))).toEqual({ files: ['a.md', 'deep/b.md'], links: [], unsure: ['new.md'] });
  });

  it('looks at an unmerged file once', async () => {
    const repo = scratchRepo({ 'conflict.md': 'base\n', 'calm.md': 'calm\n' });
    repo.commit('Base', '2026-01-10');
    repo.git(['checkout', '-q', '-b', 'side']);
    repo.write({ 'conflict.md': 'side\n' });
    repo.commit('Side', '2026-01-11');
    repo.git(['checkout', '-q', 'main']);
    repo.write({ 'conflict.md': 'main\n' });
    repo.commit('Main', '2026-01-12');
    expect(() => repo.git(['merge', '-q', 'side'])).toThrow();
    expect(await listed(repo.root)).toEqual({ files: ['calm.md'], links: [], unsure: ['conflict.md'] });
  });

  it('leaves out submodules and untracked repositories, whose files git does not list', async () => {
    const repo = scratchRepo({ 'a.md': 'a\n' });
    repo.commit('Base', '2026-01-10');
    const sub = scratchRepo({ 'x.md': 'x\n' });
    sub.commit('Sub', '2026-01-10');
    repo.git(['-c', 'protocol.file.allow=always', 'submodule', 'add', '--quiet', '--', sub.root, 'sub']);
    const clone = scratchRepo({ 'y.md': 'y\n' });
    repo.git(['clone', '-q', '--', clone.root, 'clone']);
    expect(await listed(repo.root)).toEqual({ files: ['.gitmodules', 'a.md'], links: [], unsure: [] });
  });

  it('reads names that are not UTF-8 as bytes, each bad byte kept as a lone surrogate', async () => {
    const repo = scratchRepo({ 'a.md': 'a\n' });
    const name = (byte: number) => Buffer.concat([Buffer.from(`${repo.root}/caf`), Buffer.of(byte), Buffer.from('.md')]);
    writeFileSync(name(0xe9), 'tracked\n');
    repo.commit('Base', '2026-01-10');
    writeFileSync(name(0xe8), 'untracked\n');
    expect(await listed(repo.root)).toEqual({ files: ['a.md', 'caf\uDCE9.md'], links: [], unsure: ['caf\uDCE8.md'] });
  });

  it('fails with a GitError outside a working tree', async () => {
    const repo = scratchRepo();
    await expect(listFiles(join(repo.root, '.git'))).rejects.toBeInstanceOf(GitError);
  });
});
