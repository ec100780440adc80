import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runGit, runGitForBytes, type GitBytesRunner, type GitRunner } from '../../src/git/run-git.js';

// Variables a Git hook sets would point git at another repository than the scratch one.
for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR']) delete process.env[name];

/** The dates of a commit: `YYYY-MM-DD` (noon UTC) or a full ISO date with a time zone. */
export type CommitDate = string | { author: string; committer: string };

/** A Git repository in a new temporary folder, with no global or system configuration and a fixed identity. */
export interface ScratchRepo {
  /** Absolute, with symbolic links resolved, as `git rev-parse --show-toplevel` gives it. */
  root: string;
  write(files: Record<string, string>): void;
  read(path: string): string;
  remove(path: string): void;
  git(args: readonly string[], date?: CommitDate): string;
  /** Stages everything (`git add -A`) and commits it; returns the short hash. */
  commit(message: string, date: CommitDate): string;
}

/** Runs git in a folder with no global or system configuration, a fixed identity and, when given, fixed dates. */
export function gitIn(root: string): ScratchRepo['git'] {
  return (args, date) => {
    const dates = typeof date === 'string' ? { author: date, committer: date } : date;
    const env = {
      ...process.env,
      GIT_CONFIG_GLOBAL: devNull,
      GIT_CONFIG_NOSYSTEM: '1',
      ...(dates ? { GIT_AUTHOR_DATE: isoDate(dates.author), GIT_COMMITTER_DATE: isoDate(dates.committer) } : {}),
    };
    const identity = ['-c', 'user.name=Governance Lead', '-c', 'user.email=lead@example.com', '-c', 'commit.gpgsign=false'];
    return execFileSync('git', [...identity, ...args], { cwd: root, env, encoding: 'utf8' });
  };
}

/** A scratch repository holding these files in one commit on `main`. */
export function committedRepo(files: Record<string, string>): ScratchRepo {
  const repo = scratchRepo(files);
  repo.commit('Initial governance', '2026-01-15');
  return repo;
}

export function scratchRepo(files: Record<string, string> = {}): ScratchRepo {
  const repo = repoAt(realpathSync(mkdtempSync(join(tmpdir(), 'govlint-git-'))));
  initRepo(repo.root);
  repo.write(files);
  return repo;
}

/**
 * A copy of a scratch repository, its `.git` included, in a new folder: what took many git commands to build is
 * built once and copied for each test that changes it. The copy's index holds the original's file times, so git
 * compares the copied files by content the first time it looks: the same answers, found a little more slowly.
 */
export function copyRepo(original: ScratchRepo): ScratchRepo {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'govlint-git-')));
  cpSync(original.root, root, { recursive: true, verbatimSymlinks: true });
  // A link to a path inside the original by its absolute path leads to the same path inside the copy.
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const link = join(entry.parentPath, entry.name);
    if (!entry.isSymbolicLink() || !readlinkSync(link).startsWith(`${original.root}/`)) continue;
    const target = readlinkSync(link);
    rmSync(link);
    symlinkSync(`${root}${target.slice(original.root.length)}`, link);
  }
  return repoAt(root);
}

function repoAt(root: string): ScratchRepo {
  const git = gitIn(root);
  const repo: ScratchRepo = {
    root,
    write(more) {
      for (const [path, text] of Object.entries(more)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
    },
    read: (path) => readFileSync(join(root, path), 'utf8'),
    remove: (path) => rmSync(join(root, path)),
    git,
    commit(message, date) {
      git(['add', '-A']);
      // `[main (root-commit) 1a2b3c4] message`: the short hash, as `git rev-parse --short HEAD` gives it, without
      // starting git a third time.
      const summary = git(['commit', '--allow-empty', '-m', message], date);
      const hash = /^\[[^\]]* ([0-9a-f]{7,})\] /.exec(summary)?.[1];
      if (hash === undefined) throw new Error(`no commit hash in git's summary: ${summary}`);
      return hash;
    },
  };
  return repo;
}

let template: string | undefined;

/**
 * Makes the folder a new, empty Git repository on `main`, as `git init -b main` does, without starting git: by
 * copying the `.git` folder git made once for the test process.
 */
export function initRepo(root: string): void {
  if (template === undefined) {
    const folder = realpathSync(mkdtempSync(join(tmpdir(), 'govlint-git-template-')));
    gitIn(folder)(['init', '-q', '-b', 'main']);
    template = join(folder, '.git');
  }
  cpSync(template, join(root, '.git'), { recursive: true });
}

function isoDate(date: string): string {
  return date.includes('T') ? date : `${date}T12:00:00Z`;
}

/** The real runner, recording each invocation's arguments, to count them. */
export function countingGit(): { git: GitRunner; calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    git: (args, options) => {
      calls.push([...args]);
      return runGit(args, options);
    },
  };
}

/** The same for git's output as bytes. */
export function countingGitBytes(): { git: GitBytesRunner; calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    git: (args, options) => {
      calls.push([...args]);
      return runGitForBytes(args, options);
    },
  };
}
