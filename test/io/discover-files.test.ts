import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GitError, runGitForBytes, type GitBytesRunner } from '../../src/git/run-git.js';
import { discoverFiles, type DiscoveredFiles } from '../../src/io/discover-files.js';
import type { Discovery } from '../../src/io/file-matcher.js';
import { copyRepo, countingGitBytes, gitIn, scratchRepo, type ScratchRepo } from '../helpers/scratch-git.js';

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
function buildBusyRepo(): { repo: ScratchRepo; outside: string } {
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

let busy: ReturnType<typeof buildBusyRepo> | undefined;

/** A copy of that repository, for a test to change as it likes: it is built once. */
function busyRepo(): { repo: ScratchRepo; outside: string } {
  busy ??= buildBusyRepo();
  return { repo: copyRepo(busy.repo), outside: busy.outside };
}

/** An answer relative to the root, to compare and read. */
function relativeTo(root: string, { files, refused }: DiscoveredFiles) {
  return { files: files.map((file) => relative(root, file)), refused: Object.fromEntries([...refused].map(([path, reason]) => [relative(root, path), reason])) };
}

const noGit: GitBytesRunner = () => Promise.reject(new GitError('cannot run git', 'not-found'));

/** Discovery through git, checked to have run one `git ls-files`; relative to `root`. */
async function throughGit(folder: string, discovery: Discovery = DEFAULT, root = folder) {
  const { git, calls } = countingGitBytes();
  const found = await discoverFiles(folder, discovery, git);
  expect(calls.map(([command]) => command)).toEqual(['ls-files']);
  return relativeTo(root, found);
}

/** Discovery by walking the folder, as where git is not installed; relative to `root`. */
async function walked(folder: string, discovery: Discovery = DEFAULT, root = folder) {
  return relativeTo(root, await discoverFiles(folder, discovery, noGit));
}

/** Git's answer in the busy repository, checked against the walk's: the same but for the tracked file .gitignore matches, which only git knows. */
async function bothWays(folder: string, discovery: Discovery, root = folder) {
  const withGit = await throughGit(folder, discovery, root);
  expect(await walked(folder, discovery, root)).toEqual({ ...withGit, files: withGit.files.filter((file) => file !== 'ignored/forced.yaml') });
  return withGit;
}

describe('discovery in a Git working tree', () => {
  it('lists the tracked files and the untracked ones .gitignore leaves in, without walking the tree', async () => {
    const { repo } = busyRepo();
    expect(await bothWays(repo.root, { ...DEFAULT, exclude: ['drafts/**', '**/*.skip.yaml', 'archive', '**/old'] })).toEqual({
      files: [
        'README.md',
        'docs/a "quoted" name.md',
        'docs/policy.md',
        'docs/sub/local.md',
        'docs/tab\tname.md',
        'docs/über/straße.md',
        // Tracked: Git keeps it whatever .gitignore says.
        'ignored/forced.yaml',
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

  it('marks the links it follows among the files, through git and by walking', async () => {
    const { repo } = busyRepo();
    for (const git of [runGitForBytes, noGit]) {
      const { links } = await discoverFiles(repo.root, DEFAULT, git);
      expect([...links].map((path) => relative(repo.root, path))).toEqual(['people/notes.yaml']);
    }
  });

  it('gives what the walk gives for other patterns: braces, hidden folders named, single files, folders named', async () => {
    const { repo } = busyRepo();
    const cases: [Discovery, string[]][] = [
      [{ include: ['**/*.{yaml,yml}'], exclude: ['{drafts,team}', 'people'] }, ['ignored/forced.yaml', 'new é.yaml', 'untracked-alias.yaml']],
      [{ include: ['.hidden/**/*.yaml', '.secret.yaml', 'docs/**/*.md'], exclude: ['docs/über', 'docs/*.md'] }, ['.hidden/a.yaml', '.hidden/new.yaml', '.secret.yaml', 'docs/sub/local.md']],
      [{ include: ['README.md', 'people/ada.yaml', 'retyped.md', 'gone.md', 'ignored/forced.yaml', 'node_modules/pkg/readme.md'], exclude: [] }, ['README.md', 'ignored/forced.yaml', 'people/ada.yaml']],
      [{ include: ['docs', 'people/*.yaml'], exclude: ['**/*[Zz]*', 'docs/*.md'] }, ['docs/sub/local.md', 'docs/über/straße.md', 'people/ada.yaml', 'people/bob.skip.yaml', 'people/notes.yaml']],
      [{ include: ['**/sub', '**/über'], exclude: [] }, ['docs/sub/local.md', 'docs/über/straße.md']],
      [{ include: ['**/*.md', '!docs/**'], exclude: ['new dir', '**/*draft*', '*.md'] }, ['archive/2020/old.md']],
      [{ include: [], exclude: [] }, []],
    ];
    for (const [discovery, files] of cases) expect((await bothWays(repo.root, discovery)).files).toEqual(files);
  });

  it('lists from a subfolder, with the .gitignore files above it', async () => {
    const { repo } = busyRepo();
    const found = await bothWays(join(repo.root, 'docs'), DEFAULT, repo.root);
    expect(found.files).toEqual(['docs/a "quoted" name.md', 'docs/policy.md', 'docs/sub/local.md', 'docs/tab\tname.md', 'docs/über/straße.md']);
    repo.write({ 'notes/more/x.md': '# x\n', 'notes/more/y.draft.md': 'ignored from above\n' });
    expect((await bothWays(join(repo.root, 'notes'), DEFAULT, repo.root)).files).toEqual(['notes/keep.draft.md', 'notes/more/x.md']);
  });

  it('lists nothing in a folder .gitignore leaves out, nor in an empty repository, and untracked files before the first commit', async () => {
    const { repo } = busyRepo();
    expect((await bothWays(join(repo.root, 'build'), DEFAULT, repo.root)).files).toEqual([]);
    expect((await bothWays(scratchRepo().root, DEFAULT)).files).toEqual([]);
    const fresh = scratchRepo({ '.gitignore': 'tmp/\n', 'a.yaml': 'kind: Person\nid: a\n', 'tmp/b.yaml': 'ignored\n', 'c/d.md': '# d\n' });
    expect((await bothWays(fresh.root, DEFAULT)).files).toEqual(['a.yaml', 'c/d.md']);
  });

  it('reads no repository of its own inside the folder: a submodule, a clone, tracked or not', async () => {
    const repo = scratchRepo({ 'a.yaml': 'kind: Person\nid: a\n' });
    const nested = scratchRepo({ 'b.yaml': 'kind: Person\nid: b\n' });
    nested.commit('Nested', '2026-01-10');
    repo.git(['-c', 'protocol.file.allow=always', 'submodule', 'add', '--quiet', '--', nested.root, 'sub']);
    repo.commit('Base', '2026-01-10');
    mkdirSync(join(repo.root, 'node_modules'));
    for (const path of ['vendor', 'node_modules/dep', '.cache']) cpSync(nested.root, join(repo.root, path), { recursive: true });
    expect(await throughGit(repo.root)).toEqual({ files: ['a.yaml'], refused: {} });
    expect(await walked(repo.root)).toEqual({ files: ['a.yaml'], refused: {} });
  });

  it('reads a name that is not UTF-8 from git, untracked or committed', async () => {
    const repo = scratchRepo({ 'a.yaml': 'kind: Person\nid: a\n' });
    const name = Buffer.concat([Buffer.from('caf'), Buffer.of(0xe9)]);
    mkdirSync(Buffer.concat([Buffer.from(`${repo.root}/`), name]));
    writeFileSync(Buffer.concat([Buffer.from(`${repo.root}/`), name, Buffer.from('/b.yaml')]), 'kind: Person\nid: b\n');
    const expected = { files: ['a.yaml', 'caf\uDCE9/b.yaml'], refused: {} };
    expect(await throughGit(repo.root)).toEqual(expected);
    repo.commit('Base', '2026-01-10');
    expect(await throughGit(repo.root)).toEqual(expected);
    expect(await walked(repo.root)).toEqual(expected);
  });
});

describe('discovery outside Git', () => {
  const saved = { PATH: process.env.PATH, GIT_CEILING_DIRECTORIES: process.env.GIT_CEILING_DIRECTORIES };
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('walks a folder in no repository, without starting git', async () => {
    const folder = outsideFolder({ 'a.yaml': 'kind: Person\nid: a\n', '.gitignore': 'b.yaml\n', 'b.yaml': 'ignored\n', 'node_modules/c.md': 'dependency\n' });
    const { git, calls } = countingGitBytes();
    expect(relativeTo(folder, await discoverFiles(folder, DEFAULT, git)).files).toEqual(['a.yaml']);
    expect(calls).toEqual([]);
  });

  it('walks the folder when git is not installed, or fails', async () => {
    const repo = scratchRepo({ 'a.yaml': 'kind: Person\nid: a\n', '.gitignore': 'b.yaml\n', 'b.yaml': 'ignored\n' });
    const failing: GitBytesRunner = () => Promise.reject(new GitError('git ls-files failed', 'failed', 'index file corrupt'));
    for (const git of [noGit, failing]) expect(relativeTo(repo.root, await discoverFiles(repo.root, DEFAULT, git)).files).toEqual(['a.yaml']);
    const empty = join(outsideFolder({}), 'empty');
    mkdirSync(empty);
    process.env.PATH = empty;
    expect(relativeTo(repo.root, await discoverFiles(repo.root, DEFAULT)).files).toEqual(['a.yaml']);
  });

  it('loads ignore only once there is a .gitignore rule', async () => {
    const loaded: string[] = [];
    vi.doMock('ignore', async (importOriginal) => {
      loaded.push('ignore');
      return importOriginal();
    });
    vi.resetModules();
    try {
      const fresh = await import('../../src/io/discover-files.js');
      const folder = outsideFolder({ 'a.yaml': 'kind: Person\nid: a\n', 'b.yaml': 'kind: Person\nid: b\n', 'docs/.gitignore': '# nothing yet\n' });
      expect(relativeTo(folder, await fresh.discoverFiles(folder, DEFAULT)).files).toEqual(['a.yaml', 'b.yaml']);
      expect(loaded).toEqual([]);
      writeFileSync(join(folder, '.gitignore'), 'b.yaml\n');
      expect(relativeTo(folder, await fresh.discoverFiles(folder, DEFAULT)).files).toEqual(['a.yaml']);
      expect(loaded).toEqual(['ignore']);
    } finally {
      vi.doUnmock('ignore');
      vi.resetModules();
    }
  });
});

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
    // The modules are loaded anew, so git's errors must be of their GitError.
    const { GitError: FreshGitError } = await import('../../src/git/run-git.js');
    await fresh.discoverFiles(folder, discovery, () => Promise.reject(new FreshGitError('cannot run git', 'not-found')));
  } finally {
    vi.doUnmock('node:fs');
    vi.resetModules();
  }
  return read.sort();
}

describe('discovery by walking the folder', () => {
  it('enters no hidden folder unless a pattern names one, nor node_modules, .git, .github, folders .gitignore or exclude leave out and links', async () => {
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
      'drafts/i.md': 'excluded\n',
      '.govlint-cache/.gitignore': '*\n',
      '.govlint-cache/j.yaml': 'a cache\n',
    });
    symlinkSync('docs', join(folder, 'linked'));
    const discovery = { ...DEFAULT, exclude: ['drafts'] };
    expect((await walked(folder, discovery)).files).toEqual(['a.yaml', 'docs/c.md']);
    expect(await foldersRead(folder, discovery)).toEqual(['', 'docs']);
    const hidden = { include: ['**/*.yaml', '.hidden/**'], exclude: [] };
    expect((await walked(folder, hidden)).files).toEqual(['.hidden/b.yaml', 'a.yaml']);
    expect(await foldersRead(folder, hidden)).toEqual(['', '.govlint-cache', '.hidden', 'docs', 'docs/.dotted', 'drafts']);
  });

  it('applies nested .gitignore files, their negations and anchored rules, as git does', async () => {
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
      'coverage/.gitignore': '*\n',
      'coverage/a.md': 'ignored, whatever the folder is called\n',
      'rules.txt': '*\n',
    });
    // Git reads no .gitignore that is a symbolic link in the working tree.
    symlinkSync('../rules.txt', join(folder, 'notes/.gitignore'));
    const expected = ['README.md', 'docs/plan.draft.md', 'docs/sub/local.md', 'notes/keep.draft.md'];
    expect((await walked(folder)).files).toEqual(expected);
    gitIn(folder)(['init', '-q']);
    expect((await throughGit(folder)).files).toEqual(expected);
  });

  it('reads the .gitignore files above the folder only in a Git working tree, from its top', async () => {
    const top = outsideFolder({
      '.gitignore': 'a.yaml\n/sub/c.yaml\n',
      'sub/.gitignore': 'b.yaml\n',
      'sub/a.yaml': 'kind: Person\nid: a\n',
      'sub/b.yaml': 'kind: Person\nid: b\n',
      'sub/c.yaml': 'kind: Person\nid: c\n',
      'sub/d.yaml': 'kind: Person\nid: d\n',
    });
    expect((await walked(join(top, 'sub'), DEFAULT, top)).files).toEqual(['sub/a.yaml', 'sub/c.yaml', 'sub/d.yaml']);
    gitIn(top)(['init', '-q']);
    expect((await walked(join(top, 'sub'), DEFAULT, top)).files).toEqual(['sub/d.yaml']);
    expect((await throughGit(join(top, 'sub'), DEFAULT, top)).files).toEqual(['sub/d.yaml']);
  });

  it('enters no symbolic link to a folder, and refuses one that leads outside the root even where a rule for folders names it', async () => {
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
    const expected = { files: ['docs/a.md'], refused: { 'ignored.md': OUTSIDE, 'outside.md': OUTSIDE } };
    expect(await walked(folder)).toEqual(expected);
    gitIn(folder)(['init', '-q']);
    expect(await throughGit(folder)).toEqual(expected);
  });

  it('keeps a file that a .gitignore rule for folders names, as git does', async () => {
    const repo = scratchRepo({ '.gitignore': 'notes.md/\n', 'notes.md': '# Notes\n', 'a/notes.md/x.md': 'ignored\n' });
    const expected = { files: ['notes.md'], refused: {} };
    expect(await walked(repo.root)).toEqual(expected);
    expect(await throughGit(repo.root)).toEqual(expected);
  });
});

/**
 * A folder outside Git holding one of each thing discovery must get right: nested .gitignore files (a negation, an
 * anchored rule, a rule for folders with trailing spaces), hidden files and folders, the cache folder with the
 * .gitignore govlint writes in it, node_modules, .github, a repository of its own, links inside, outside, looping,
 * dangling and to a folder, names with spaces, tabs and non-ASCII, and a name that is not UTF-8.
 */
function fixtureTree(): string {
  const outside = outsideFolder({ 'secret.yaml': 'kind: Person\nid: outsider\n' });
  const root = outsideFolder({
    '.gitignore': '*.draft.md\n!keep.draft.md\nbuild/\n',
    'README.md': '# Governance\n',
    'people/ada.yaml': 'kind: Person\nid: ada\n',
    'people/Zoë Smith.yaml': 'kind: Person\nid: zoe\n',
    'people/notes.txt': 'not governance\n',
    'docs/.gitignore': '/local.md\nprivate/  \n',
    'docs/policy.md': '# Policy\n',
    'docs/local.md': 'ignored beside its .gitignore\n',
    'docs/sub/local.md': 'not ignored: the rule is anchored\n',
    'docs/sub/private/x.md': 'ignored at any depth below docs\n',
    'docs/tab\tname.md': '# Tab\n',
    'notes/plan.draft.md': 'ignored\n',
    'notes/keep.draft.md': 're-included\n',
    'build/out.md': 'ignored\n',
    '.hidden/a.yaml': 'kind: Person\nid: hidden\n',
    '.secret.yaml': 'kind: Person\nid: secret\n',
    '.govlint-cache/.gitignore': '*\n',
    '.govlint-cache/parsed.yaml': 'a cache\n',
    '.github/workflows/ci.yaml': 'on: push\n',
    'node_modules/pkg/readme.md': 'dependency\n',
    'drafts/d.yaml': 'kind: Person\nid: draft\n',
  });
  writeFileSync(Buffer.concat([Buffer.from(`${root}/people/caf`), Buffer.of(0xe9), Buffer.from('.yaml')]), 'kind: Person\nid: cafe\n');
  const nested = scratchRepo({ 'vendor.yaml': 'kind: Person\nid: vendor\n' });
  nested.commit('Vendor', '2026-01-10');
  cpSync(nested.root, join(root, 'vendor'), { recursive: true });
  const link = (target: string, path: string) => symlinkSync(target, join(root, path));
  link('ada.yaml', 'people/alias.yaml');
  link(join(outside, 'secret.yaml'), 'secret.yaml');
  link('loop-b.yaml', 'loop-a.yaml');
  link('loop-a.yaml', 'loop-b.yaml');
  link('nothing-here.yaml', 'dangling.yaml');
  link('docs', 'docs-link.md');
  link('people/notes.txt', 'notes.yaml');
  return root;
}

describe('the same tree inside and outside Git', () => {
  const discovery: Discovery = { ...DEFAULT, exclude: ['drafts'] };
  const expected = {
    files: ['README.md', 'docs/policy.md', 'docs/sub/local.md', 'docs/tab\tname.md', 'notes.yaml', 'notes/keep.draft.md', 'people/Zoë Smith.yaml', 'people/ada.yaml', 'people/caf\uDCE9.yaml'],
    refused: { 'dangling.yaml': DANGLING, 'loop-a.yaml': LOOP, 'loop-b.yaml': LOOP, 'secret.yaml': OUTSIDE },
  };

  it('gives the same files, whether the tree is in no repository, untracked in one, or committed', async () => {
    const root = fixtureTree();
    const { git, calls } = countingGitBytes();
    expect(relativeTo(root, await discoverFiles(root, discovery, git))).toEqual(expected);
    expect(calls).toEqual([]);
    const repo = gitIn(root);
    repo(['init', '-q', '-b', 'main']);
    expect(await throughGit(root, discovery)).toEqual(expected);
    repo(['add', '-A']);
    repo(['commit', '-q', '-m', 'Base'], '2026-01-10');
    expect(await throughGit(root, discovery)).toEqual(expected);
    expect(await walked(root, discovery)).toEqual(expected);
  });

  it('gives the same files from a subfolder', async () => {
    const root = fixtureTree();
    const inDocs = { files: ['docs/policy.md', 'docs/sub/local.md', 'docs/tab\tname.md'], refused: {} };
    expect(relativeTo(root, await discoverFiles(join(root, 'docs'), discovery))).toEqual(inDocs);
    gitIn(root)(['init', '-q', '-b', 'main']);
    expect(await throughGit(join(root, 'docs'), discovery, root)).toEqual(inDocs);
  });
});
