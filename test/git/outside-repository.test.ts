import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { surelyOutsideGit } from '../../src/git/outside-repository.js';
import { scratchRepo } from '../helpers/scratch-git.js';

describe('surelyOutsideGit', () => {
  const saved = { GIT_DIR: process.env.GIT_DIR, GIT_WORK_TREE: process.env.GIT_WORK_TREE };
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const plainFolder = () => {
    const folder = realpathSync(mkdtempSync(join(tmpdir(), 'govlint-plain-')));
    mkdirSync(join(folder, 'deep', 'er'), { recursive: true });
    return folder;
  };

  it('is true for a folder with no .git in it or above it', () => {
    const folder = plainFolder();
    expect(surelyOutsideGit(folder)).toBe(true);
    expect(surelyOutsideGit(join(folder, 'deep', 'er'))).toBe(true);
  });

  it('is false in a repository and in any folder below its top level', () => {
    const repo = scratchRepo({ 'docs/a b/x.md': '# x\n' });
    expect(surelyOutsideGit(repo.root)).toBe(false);
    expect(surelyOutsideGit(join(repo.root, 'docs', 'a b'))).toBe(false);
  });

  it('is false below a .git file, as a worktree or a submodule has', () => {
    const folder = plainFolder();
    writeFileSync(join(folder, '.git'), 'gitdir: /elsewhere/.git/worktrees/x\n');
    expect(surelyOutsideGit(join(folder, 'deep', 'er'))).toBe(false);
  });

  it('is false when GIT_DIR or GIT_WORK_TREE may point git at a repository elsewhere', () => {
    const folder = plainFolder();
    process.env.GIT_DIR = join(folder, 'repo.git');
    expect(surelyOutsideGit(folder)).toBe(false);
    delete process.env.GIT_DIR;
    process.env.GIT_WORK_TREE = folder;
    expect(surelyOutsideGit(folder)).toBe(false);
  });
});
