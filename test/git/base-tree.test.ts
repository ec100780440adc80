import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { baseTree, readBlobs } from '../../src/git/base-tree.js';
import { countingGit, scratchRepo, type ScratchRepo } from '../helpers/scratch-git.js';

const repos: ScratchRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) rmSync(repo.root, { recursive: true, force: true });
});

function repoWith(files: Record<string, string>): ScratchRepo {
  const repo = scratchRepo(files);
  repos.push(repo);
  return repo;
}

describe('baseTree', () => {
  it("lists the merge base's regular files and the renames since, committed or only staged, reading nothing from the working tree", async () => {
    const text = 'the text of a document long enough for Git to see it was renamed\n';
    const repo = repoWith({ 'a.yaml': text, 'docs/b.md': `${text}b\n`, 'gone.yaml': 'kind: Person\nid: g\n' });
    symlinkSync('a.yaml', join(repo.root, 'link.yaml'));
    repo.commit('Base', '2026-01-10');
    repo.git(['checkout', '-q', '-b', 'feature']);
    repo.write({ 'people/.keep': '' });
    repo.git(['mv', 'a.yaml', 'people/a.yaml']);
    repo.commit('Move', '2026-02-01');
    repo.git(['mv', 'docs/b.md', 'docs/b-renamed.md']);
    repo.remove('gone.yaml');
    repo.write({ 'gone.yaml': 'changed in the working tree only\n' });

    const { git, calls } = countingGit();
    const tree = await baseTree(repo.root, 'main', git);
    // link.yaml, a symbolic link, is left out.
    expect([...tree.files.keys()]).toEqual(['a.yaml', 'docs/b.md', 'gone.yaml']);
    expect(tree.files.get('gone.yaml')).toEqual({ object: repo.git(['rev-parse', 'main:gone.yaml']).trim(), size: 19 });
    expect([...tree.renamedFrom]).toEqual([
      ['docs/b-renamed.md', 'docs/b.md'],
      ['people/a.yaml', 'a.yaml'],
    ]);
    expect(calls.map(([command]) => command)).toEqual(['merge-base', 'ls-tree', 'diff']);

    const blobs = await readBlobs(repo.root, [tree.files.get('gone.yaml')!.object, tree.files.get('a.yaml')!.object]);
    expect([...blobs.values()].map((bytes) => bytes.toString('utf8'))).toEqual(['kind: Person\nid: g\n', text]);
  });

  it('is empty before the first commit when the ref is HEAD, and an error for another ref', async () => {
    const repo = repoWith({ 'a.yaml': 'kind: Person\nid: a\n' });
    expect(await baseTree(repo.root, 'HEAD')).toEqual({ files: new Map(), renamedFrom: new Map() });
    await expect(baseTree(repo.root, 'main')).rejects.toMatchObject({ failure: 'failed' });
  });
});

describe('readBlobs', () => {
  it('gives the exact bytes of each blob once: new lines, NUL bytes and bytes that are not UTF-8 included', async () => {
    const repo = repoWith({});
    const bytes = Buffer.from([0x6b, 0x3a, 0x20, 0xe9, 0x0a, 0x00, 0x0a, 0x0a]);
    const object = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo.root, input: bytes, encoding: 'utf8' }).trim();
    expect([...(await readBlobs(repo.root, [object, object]))]).toEqual([[object, bytes]]);
  });
});
