import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { RuleSetting } from '../engine/run-rules.js';
import type { History, HistoryNeed } from '../model/history.js';
import { fileChanges } from './file-changes.js';
import { lastCommitDates } from './last-commits.js';
import { pathspecs } from './pathspecs.js';
import { runGit, type GitRunner } from './run-git.js';
import { workingTree } from './working-tree.js';

/** The parts of the history the enabled rules need with their options; empty when none needs any, so git never runs. */
export function historyNeeds(settings: readonly RuleSetting[]): Set<HistoryNeed> {
  const needs = new Set<HistoryNeed>();
  for (const { rule, options } of settings) {
    for (const need of rule.meta.needsHistory?.(options) ?? []) needs.add(need);
  }
  return needs;
}

export interface LoadHistoryOptions {
  /** The folder `files` are relative to (default: the current folder). */
  cwd?: string;
  git?: GitRunner;
}

/**
 * Reads what the rules need from the Git repository at `root` (its top level, from `gitTopLevel`) for the files
 * being checked, named by their paths as findings show them, relative to `cwd`. Runs at most three `git`
 * invocations at once, each over all the files: `git status` and a `git log --name-only` for 'last-commits', a
 * `git log -p` for 'changes'. Files outside the repository are treated as never committed.
 */
export async function loadHistory(root: string, files: readonly string[], needs: ReadonlySet<HistoryNeed>, options: LoadHistoryOptions = {}): Promise<History> {
  const { cwd = process.cwd(), git = runGit } = options;
  const inRepository = new Map<string, string>();
  for (const file of files) {
    const path = rootRelative(root, resolve(cwd, file));
    if (path !== undefined) inRepository.set(file, path);
  }
  const paths = [...new Set(inRepository.values())].sort();
  const lastCommits = needs.has('last-commits');
  const [tree, commits, changes] = await Promise.all([
    // With no file in the repository, git status would look at all of it.
    lastCommits && paths.length > 0 ? workingTree(root, pathspecs(paths), git) : undefined,
    lastCommits ? lastCommitDates(root, paths, git) : undefined,
    needs.has('changes') ? fileChanges(root, paths, git) : undefined,
  ]);

  return {
    root,
    commitState(file) {
      if (!commits) return undefined;
      const path = inRepository.get(file);
      const lastCommit = path === undefined ? undefined : commits.get(path);
      if (path === undefined || lastCommit === undefined) return { state: 'uncommitted' };
      const touched = tree !== undefined && (tree.changed.has(path) || tree.untracked.has(path) || tree.removed.has(path));
      return { state: touched ? 'modified' : 'committed', lastCommit };
    },
    changes(file) {
      if (!changes) return undefined;
      const path = inRepository.get(file);
      return (path !== undefined && changes.get(path)) || [];
    },
  };
}

/**
 * The POSIX path of a file relative to the repository root, or undefined outside it. Git gives the root with
 * symbolic links resolved, so a path through a link is resolved too before giving up.
 */
function rootRelative(root: string, absolute: string): string | undefined {
  const inside = (path: string) => {
    const relativePath = relative(root, path);
    const outside = relativePath === '' || relativePath === '..' || relativePath.startsWith(`..${sep}`) || isAbsolute(relativePath);
    return outside ? undefined : relativePath.split(sep).join('/');
  };
  const direct = inside(absolute);
  if (direct !== undefined) return direct;
  try {
    return inside(join(realpathSync.native(dirname(absolute)), basename(absolute)));
  } catch {
    return undefined;
  }
}
