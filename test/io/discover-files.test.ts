import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GitError, type GitRunner } from '../../src/git/run-git.js';
import { discoverFiles, discoverWithGit, discoverWithGlobby, discoverWithWalk, type DiscoveredFiles, type Discovery } from '../../src/io/discover-files.js';
import { countingGit, scratchRepo, type ScratchRepo } from '../helpers/scratch-git.js';

const DEFAULT: Discovery = { include: ['**/*.yaml', '**/*.yml', '**/*.md'], exclude: [] };

const LOOP = 'This is a symbolic link that loops: remove it';
const OUTSIDE = "This is a symbolic link to a file outside the repo's root, which govlint does not follow: copy the file in, or check that folder on its own";
const DANGLING = 'This is a symbolic link to a file that does not exist: remove it or fix its target';

function outsideFolder(files: Record<string, string>): string {
  const folder = realpathSync(mkdtempSync(join(tmpdir(), 'govlint-outside-')));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

/**
 * A repository with a bit of everything discovery must get right: nested .gitignore files (one re-including a
 * file, one anchored), a tracked file .gitignore matches, hidden files and folders, node_modules, .github,
 * folders an `exclude` names, links inside, outside, looping, dangling and to folders, committed and not, names
 * with spaces, tabs, quotes and non-ASCII; then a working tree with untracked, staged, deleted and retyped files,
 * a folder replaced by a link, and files flagged skip-worktree and assume-unchanged that are gone.
 */
function busyRepo(): { repo: ScratchRepo; outside: string } {
  const outside = outsideFolder({ 'secret.yaml': 'kind: Person\nid: outsider\n', 'docs/moved.md': '# Moved\n', 'docs/tracked.md': '# Tracked\n' });
  const repo = scratchRepo({
    '.gitignore': 'ignored/\n*.log.md\n*.draft.md\n!keep.draft.md\nbuild\n',
    'README.md': '# Governance\n',
    'people/ada.yaml': 'kind: Person\nid: ada\n',
    'people/Zoë Smith.yaml': 'kind: Person\nid: zoe\n',
    'people/notes.txt': 'not governance\n',
    'people/team.yml': 'kind: Team\nid: t\n',
    'docs/.gitignore': 'private/\n*.tmp.yaml\n/local.md\n',
    'docs/policy.md': '# Policy\n',
    'docs/local.md': 'ignored beside its .gitignore\n',
    'docs/sub/local.md': 'not ignored: the rule is anchored\n',
    'docs/private/x.md': 'ignored folder\n',
    'docs/scratch.tmp.yaml': 'ignored\n',
    'docs/a "quoted" name.md': '# Quoted\n',
    'docs/tab\tname.md': '# Tab\n',
    'docs/über/straße.md': '# Non-ASCII\n',
    'notes/plan.draft.md': 'ignored\n',
    'notes/keep.draft.md': 're-included\n',
    'notes/run.log.md': 'ignored\n',
    'build/out.md': 'ignored\n',
    '.hidden/a.yaml': 'kind: Person\nid: hidden\n',
    '.secret.yaml': 'kind: Person\nid: secret\n',
    'docs/.dotted/b.md': 'hidden\n',
    '.github/workflows/ci.yaml': 'on: push\n',
    'node_modules/pkg/readme.md': 'dependency\n',
    'docs/node_modules/x.md': 'dependency\n',
    'drafts/d.yaml': 'kind: Person\nid: draft\n',
    'archive/2020/old.md': 'archived\n',
    'team/old/x.yaml': 'kind: Person\nid: old\n',
    'people/bob.skip.yaml': 'kind: Person\nid: bob\n',
    'gone.md': 'deleted after the commit\n',
    'retyped.md': 'a file that becomes a link\n',
    'flagged/skip.md': 'skip-worktree, then deleted\n',
    'flagged/assumed.md': 'assume-unchanged, then deleted\n',
    'moved/tracked.md': '# Tracked\n',
  });
  const link = (target: string, path: string) => symlinkSync(target, join(repo.root, path));
  link('ada.yaml', 'people/alias.yaml');
  link(join(repo.root, 'people/notes.txt'), 'people/notes.yaml');
  link(join(outside, 'secret.yaml'), 'secret.yaml');
  link('loop-b.yaml', 'loop-a.yaml');
  link('loop-a.yaml', 'loop-b.yaml');
  link('docs', 'docs-link.md');
  link(outside, 'outside-folder');
  link('nothing-here.yaml', 'dangling.yaml');
  repo.write({ 'ignored/forced.yaml': 'kind: Person\nid: forced\n' });
  repo.git(['add', '-f', 'ignored/forced.yaml']);
  repo.commit('Base', '2026-01-10');

  repo.write({
    'new é.yaml': 'kind: Person\nid: new\n',
    'new dir/with space.md': '# Untracked\n',
    'staged.md': '# Staged\n',
    'docs/also-ignored.tmp.yaml': 'ignored\n',
    '.hidden/new.yaml': 'hidden\n',
  });
  repo.git(['add', 'staged.md']);
  link('people/ada.yaml', 'untracked-alias.yaml');
  link(join(outside, 'secret.yaml'), 'untracked-secret.yaml');
  repo.remove('gone.md');
  repo.remove('retyped.md');
  link('README.md', 'retyped.md');
  repo.git(['update-index', '--skip-worktree', 'flagged/skip.md']);
  repo.git(['update-index', '--assume-unchanged', 'flagged/assumed.md']);
  repo.remove('flagged/skip.md');
  repo.remove('flagged/assumed.md');
  // A tracked folder replaced by a link to a copy outside: git still calls moved/tracked.md unchanged.
  rmSync(join(repo.root, 'moved'), { recursive: true });
  link(join(outside, 'docs'), 'moved');
  return { repo, outside };
}

/** Both paths' answers, relative to the root, to compare and read. */
function relativeTo(root: string, { files, refused }: DiscoveredFiles) {
  return { files: files.map((file) => relative(root, file)), refused: Object.fromEntries([...refused].map(([path, reason]) => [relative(root, path), reason])) };
}

async function bothWays(folder: string, discovery: Discovery, root = folder) {
  const { git, calls } = countingGit();
  const withGit = await discoverWithGit(folder, discovery, git);
  expect(withGit, 'the Git path declined').toBeDefined();
  expect(calls.map(([command]) => command)).toEqual(['ls-files', 'ls-files']);
  const withGlobby = await discoverWithGlobby(folder, discovery);
  expect(relativeTo(root, withGit!)).toEqual(relativeTo(root, withGlobby));
  return relativeTo(root, withGit!);
}

describe('discovery with git', () => {
  it('finds what globby finds in a busy working tree, without walking it', async () => {
    const { repo } = busyRepo();
    expect(await bothWays(repo.root, { ...DEFAULT, exclude: ['drafts/**', '**/*.skip.yaml', 'archive', '**/old'] })).toEqual({
      files: [
        'README.md',
        'docs/a "quoted" name.md',
        'docs/policy.md',
        'docs/sub/local.md',
        'docs/tab\tname.md',
        'docs/über/straße.md',
        'new dir/with space.md',
        'new é.yaml',
        'notes/keep.draft.md',
        'people/Zoë Smith.yaml',
        'people/ada.yaml',
        'people/notes.yaml',
        'people/team.yml',
        'staged.md',
      ],
      refused: { 'dangling.yaml': DANGLING, 'loop-a.yaml': LOOP, 'loop-b.yaml': LOOP, 'secret.yaml': OUTSIDE, 'untracked-secret.yaml': OUTSIDE },
    });
  });

  it('agrees with globby for other patterns: braces, hidden folders named, single files, folders named', async () => {
    const { repo } = busyRepo();
    const cases: Discovery[] = [
      DEFAULT,
      { include: ['**/*.{yaml,yml}'], exclude: ['{drafts,team}'] },
      { include: ['.hidden/**/*.yaml', '.secret.yaml', 'docs/**/*.md'], exclude: ['docs/über'] },
      { include: ['README.md', 'people/ada.yaml', 'retyped.md', 'gone.md', 'ignored/forced.yaml', 'node_modules/pkg/readme.md'], exclude: [] },
      { include: ['docs', 'people/*.yaml'], exclude: ['**/*[Zz]*'] },
      { include: ['**/sub', '**/über'], exclude: [] },
      { include: ['**/*.md'], exclude: ['docs/*', 'new dir'] },
      { include: [], exclude: [] },
    ];
    for (const discovery of cases) await bothWays(repo.root, discovery);
  });

  it('agrees with globby from a subfolder, with the .gitignore files above it', async () => {
    const { repo } = busyRepo();
    const found = await bothWays(join(repo.root, 'docs'), DEFAULT, repo.root);
    expect(found.files).toEqual(['docs/a "quoted" name.md', 'docs/policy.md', 'docs/sub/local.md', 'docs/tab\tname.md', 'docs/über/straße.md']);
    repo.write({ 'notes/more/x.md': '# x\n', 'notes/more/y.draft.md': 'ignored from above\n' });
    expect((await bothWays(join(repo.root, 'notes'), DEFAULT, repo.root)).files).toEqual(['notes/keep.draft.md', 'notes/more/x.md']);
  });

  it('agrees with globby in a folder .gitignore leaves out, in an empty repository and with nothing committed', async () => {
    const { repo } = busyRepo();
    expect((await bothWays(join(repo.root, 'build'), DEFAULT, repo.root)).files).toEqual([]);
    expect((await bothWays(scratchRepo().root, DEFAULT)).files).toEqual([]);
    const fresh = scratchRepo({ '.gitignore': 'tmp/\n', 'a.yaml': 'kind: Person\nid: a\n', 'tmp/b.yaml': 'ignored\n', 'c/d.md': '# d\n' });
    expect((await bothWays(fresh.root, DEFAULT)).files).toEqual(['a.yaml', 'c/d.md']);
  });

  it('leaves a repository inside the folder to globby, unless it is where globby never looks', async () => {
    const repo = scratchRepo({ 'a.yaml': 'kind: Person\nid: a\n' });
    repo.commit('Base', '2026-01-10');
    const nested = scratchRepo({ 'b.yaml': 'kind: Person\nid: b\n' });
    mkdirSync(join(repo.root, 'node_modules'));
    cpSync(nested.root, join(repo.root, 'node_modules/dep'), { recursive: true });
    cpSync(nested.root, join(repo.root, '.cache'), { recursive: true });
    expect((await bothWays(repo.root, DEFAULT)).files).toEqual(['a.yaml']);
    cpSync(nested.root, join(repo.root, 'vendor'), { recursive: true });
    expect(await discoverWithGit(repo.root, DEFAULT)).toBeUndefined();
    expect(relativeTo(repo.root, await discoverFiles(repo.root, DEFAULT)).files).toEqual(['a.yaml', 'vendor/b.yaml']);
  });

  it('leaves patterns it does not reproduce to globby', async () => {
    const repo = scratchRepo({ 'a.yaml': 'kind: Person\nid: a\n', 'b.yaml': 'kind: Person\nid: b\n' });
    for (const discovery of [
      { include: ['**/*.yaml', '!b.yaml'], exclude: [] },
      { include: ['./a.yaml'], exclude: [] },
      { include: ['**/*.yaml'], exclude: ['/b.yaml'] },
      { include: ['{a,{b,c}}.yaml'], exclude: [] },
      { include: ['{a..c}.yaml'], exclude: [] },
    ]) {
      expect(await discoverWithGit(repo.root, discovery)).toBeUndefined();
      expect(await discoverFiles(repo.root, discovery)).toEqual(await discoverWithGlobby(repo.root, discovery));
    }
  });
});

describe('discovery without git', () => {
  const saved = { PATH: process.env.PATH, GIT_CEILING_DIRECTORIES: process.env.GIT_CEILING_DIRECTORIES };
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('walks a folder in no repository', async () => {
    const folder = outsideFolder({ 'a.yaml': 'kind: Person\nid: a\n', '.gitignore': 'b.yaml\n', 'b.yaml': 'ignored\n', 'node_modules/c.md': 'dependency\n' });
    process.env.GIT_CEILING_DIRECTORIES = realpathSync(tmpdir());
    expect(await discoverWithGit(folder, DEFAULT)).toBeUndefined();
    // With no .git above the folder, git is not even started.
    const { git, calls } = countingGit();
    expect(relativeTo(folder, await discoverFiles(folder, DEFAULT, git)).files).toEqual(['a.yaml']);
    expect(calls).toEqual([]);
  });

  it('walks the folder when git is not installed, or fails', async () => {
    const repo = scratchRepo({ 'a.yaml': 'kind: Person\nid: a\n', '.gitignore': 'b.yaml\n', 'b.yaml': 'ignored\n' });
    const missing: GitRunner = () => Promise.reject(new GitError('cannot run git', 'not-found'));
    const failing: GitRunner = () => Promise.reject(new GitError('git ls-files failed', 'failed', 'index file corrupt'));
    for (const git of [missing, failing]) expect(relativeTo(repo.root, await discoverFiles(repo.root, DEFAULT, git)).files).toEqual(['a.yaml']);
    const empty = join(outsideFolder({}), 'empty');
    mkdirSync(empty);
    process.env.PATH = empty;
    expect(relativeTo(repo.root, await discoverFiles(repo.root, DEFAULT)).files).toEqual(['a.yaml']);
  });

  it('loads globby only for what the walk leaves to it, and ignore only once there is a .gitignore file', async () => {
    const loaded: string[] = [];
    for (const name of ['globby', 'ignore']) {
      vi.doMock(name, async (importOriginal) => {
        loaded.push(name);
        return importOriginal();
      });
    }
    vi.resetModules();
    try {
      const fresh = await import('../../src/io/discover-files.js');
      // The modules are loaded anew, so git's errors must be of their GitError.
      const { GitError: FreshGitError } = await import('../../src/git/run-git.js');
      const noGit: GitRunner = () => Promise.reject(new FreshGitError('cannot run git', 'not-found'));
      const folder = outsideFolder({ 'a.yaml': 'kind: Person\nid: a\n', 'b.yaml': 'kind: Person\nid: b\n' });
      expect(relativeTo(folder, await fresh.discoverFiles(folder, DEFAULT, noGit)).files).toEqual(['a.yaml', 'b.yaml']);
      expect(loaded).toEqual([]);
      writeFileSync(join(folder, '.gitignore'), 'b.yaml\n');
      expect(relativeTo(folder, await fresh.discoverFiles(folder, DEFAULT, noGit)).files).toEqual(['a.yaml']);
      expect(loaded).toEqual(['ignore']);
      expect(relativeTo(folder, await fresh.discoverFiles(folder, { include: ['*.yaml', '!a.yaml'], exclude: [] }, noGit)).files).toEqual([]);
      expect(loaded).toEqual(['ignore', 'globby']);
    } finally {
      vi.doUnmock('globby');
      vi.doUnmock('ignore');
      vi.resetModules();
    }
  });
});

const noGit: GitRunner = () => Promise.reject(new GitError('cannot run git', 'not-found'));

/** Walks the folder and checks globby finds the same; the walk's answer, relative to `root`. */
async function walked(folder: string, discovery: Discovery = DEFAULT, root = folder) {
  const result = await discoverWithWalk(folder, discovery);
  expect(result, 'the walk declined').toBeDefined();
  expect(relativeTo(root, result!)).toEqual(relativeTo(root, await discoverWithGlobby(folder, discovery)));
  return relativeTo(root, result!);
}

/** The folders the walk reads, relative to `folder`, with discovery loaded anew around a `readdirSync` that notes them. */
async function foldersRead(folder: string, discovery: Discovery): Promise<string[]> {
  const read: string[] = [];
  vi.doMock('node:fs', async (importOriginal) => {
    const fs = await importOriginal<typeof import('node:fs')>();
    const readdirSync = (path: string, options: { withFileTypes: true }) => {
      read.push(relative(folder, path));
      return fs.readdirSync(path, options);
    };
    return { ...fs, readdirSync };
  });
  vi.resetModules();
  try {
    const fresh = await import('../../src/io/discover-files.js');
    expect(await fresh.discoverWithWalk(folder, discovery)).toBeDefined();
  } finally {
    vi.doUnmock('node:fs');
    vi.resetModules();
  }
  return read.sort();
}

describe('discovery by walking the folder', () => {
  it('skips hidden folders unless a pattern names one, node_modules, .git, .github, folders .gitignore leaves out and links', async () => {
    const folder = outsideFolder({
      'a.yaml': 'kind: Person\nid: a\n',
      '.secret.yaml': 'hidden\n',
      '.hidden/b.yaml': 'kind: Person\nid: b\n',
      'docs/c.md': '# c\n',
      'docs/.dotted/d.md': 'hidden\n',
      'node_modules/pkg/e.md': 'dependency\n',
      'docs/node_modules/f.md': 'dependency\n',
      '.git/g.yaml': 'not governance\n',
      '.github/workflows/ci.yaml': 'on: push\n',
      '.gitignore': 'build/\n',
      'build/h.md': 'ignored\n',
    });
    symlinkSync('docs', join(folder, 'linked'));
    expect((await walked(folder)).files).toEqual(['a.yaml', 'docs/c.md']);
    expect(await foldersRead(folder, DEFAULT)).toEqual(['', 'docs']);
    const hidden = { include: ['**/*.yaml', '.hidden/**'], exclude: [] };
    expect((await walked(folder, hidden)).files).toEqual(['.hidden/b.yaml', 'a.yaml']);
    expect(await foldersRead(folder, hidden)).toEqual(['', '.hidden', 'docs', 'docs/.dotted']);
  });

  it('applies nested .gitignore files, their negations and anchored rules, as globby does', async () => {
    const folder = outsideFolder({
      '.gitignore': '*.draft.md\n!keep.draft.md\nbuild/\n',
      'README.md': '# Governance\n',
      'notes/plan.draft.md': 'ignored\n',
      'notes/keep.draft.md': 're-included\n',
      'build/out.md': 'ignored\n',
      'docs/build/out.md': 'ignored: the rule has no slash but at its end\n',
      // Trailing spaces are dropped before the rule is placed: `private/` matches at any depth below docs.
      'docs/.gitignore': '!plan.draft.md\n/local.md\nprivate/  \n',
      'docs/plan.draft.md': 're-included below docs\n',
      'docs/local.md': 'ignored beside its .gitignore\n',
      'docs/sub/local.md': 'not ignored: the rule is anchored\n',
      'docs/private/x.md': 'ignored\n',
      'docs/sub/private/y.md': 'ignored\n',
    });
    expect((await walked(folder)).files).toEqual(['README.md', 'docs/plan.draft.md', 'docs/sub/local.md', 'notes/keep.draft.md']);
  });

  it('reads no .gitignore file below coverage or flow-typed, nor one that is a symbolic link, as globby does', async () => {
    const folder = outsideFolder({
      'coverage/.gitignore': '*\n',
      'coverage/a.md': '# a\n',
      'flow-typed/sub/.gitignore': '*\n',
      'flow-typed/sub/b.md': '# b\n',
      'rules.txt': '*\n',
      'docs/c.md': '# c\n',
    });
    symlinkSync('../rules.txt', join(folder, 'docs/.gitignore'));
    expect((await walked(folder)).files).toEqual(['coverage/a.md', 'docs/c.md', 'flow-typed/sub/b.md']);
  });

  it('reads the .gitignore files above the folder only in a Git working tree, from its top, as globby does', async () => {
    const top = outsideFolder({
      '.gitignore': 'a.yaml\n/sub/c.yaml\n',
      'sub/.gitignore': 'b.yaml\n',
      'sub/a.yaml': 'kind: Person\nid: a\n',
      'sub/b.yaml': 'kind: Person\nid: b\n',
      'sub/c.yaml': 'kind: Person\nid: c\n',
      'sub/d.yaml': 'kind: Person\nid: d\n',
    });
    expect((await walked(join(top, 'sub'), DEFAULT, top)).files).toEqual(['sub/a.yaml', 'sub/c.yaml', 'sub/d.yaml']);
    mkdirSync(join(top, '.git'));
    expect((await walked(join(top, 'sub'), DEFAULT, top)).files).toEqual(['sub/d.yaml']);
  });

  it('does not enter symbolic links to folders, and leaves out one .gitignore leaves out', async () => {
    const outside = outsideFolder({ 'x.md': '# Outside\n' });
    const folder = outsideFolder({ 'docs/a.md': '# a\n', '.gitignore': 'ignored.md/\n' });
    for (const [target, path] of [
      ['docs', 'docs-link'],
      ['docs', 'linked.md'],
      [outside, 'outside'],
      [outside, 'outside.md'],
      [outside, 'ignored.md'],
    ] as const) {
      symlinkSync(target, join(folder, path));
    }
    expect(await walked(folder)).toEqual({ files: ['docs/a.md'], refused: { 'outside.md': OUTSIDE } });
  });

  it('keeps a file that a .gitignore rule for folders names, as git does', async () => {
    const repo = scratchRepo({ '.gitignore': 'notes.md/\n', 'notes.md': '# Notes\n', 'a/notes.md/x.md': 'ignored\n' });
    const expected = { files: ['notes.md'], refused: {} };
    expect(relativeTo(repo.root, (await discoverWithWalk(repo.root, DEFAULT))!)).toEqual(expected);
    expect(relativeTo(repo.root, (await discoverWithGit(repo.root, DEFAULT))!)).toEqual(expected);
    // globby 16 leaves notes.md out: it also hands the rule to fast-glob as an ignore pattern, which drops files too.
  });

  it('leaves to globby the patterns it does not reproduce, and a file named in a folder it skips', async () => {
    const folder = outsideFolder({ 'a.yaml': 'kind: Person\nid: a\n', 'b.yaml': 'kind: Person\nid: b\n', 'drafts/keep.yaml': 'kind: Person\nid: keep\n' });
    for (const discovery of [
      { include: ['**/*.yaml', '!b.yaml'], exclude: [] },
      { include: ['./a.yaml'], exclude: [] },
      { include: ['**/*.yaml'], exclude: ['/b.yaml'] },
      { include: ['{a,{b,c}}.yaml'], exclude: [] },
      { include: ['{a..c}.yaml'], exclude: [] },
      { include: ['*.yaml', 'drafts/keep.yaml'], exclude: ['{drafts,old}'] },
    ]) {
      expect(await discoverWithWalk(folder, discovery)).toBeUndefined();
      expect(await discoverFiles(folder, discovery, noGit)).toEqual(await discoverWithGlobby(folder, discovery));
    }
    expect(relativeTo(folder, await discoverFiles(folder, { include: ['*.yaml', 'drafts/keep.yaml'], exclude: ['{drafts,old}'] }, noGit)).files).toEqual([
      'a.yaml',
      'b.yaml',
      'drafts/keep.yaml',
    ]);
  });
});
