import { runGit, type GitRunner } from './run-git.js';

/** What the working tree and the index hold that HEAD does not, by POSIX path relative to the repository root. */
export interface WorkingTree {
  /** Tracked files with staged or unstaged changes, and files staged as new or renamed to; all still present. */
  changed: ReadonlySet<string>;
  /** Files neither tracked nor ignored. */
  untracked: ReadonlySet<string>;
  /** Tracked files deleted or renamed away, in the index or in the working tree. */
  removed: ReadonlySet<string>;
}

/** Where the path starts in each kind of `git status --porcelain=v2` record, counted in space-separated fields. */
const PATH_FIELD: Record<string, number> = { 1: 8, 2: 9, u: 10 };

/**
 * One `git status` over the whole repository, or over the files `pathspecs` match (it never takes the index lock,
 * so it rewrites nothing).
 */
export async function workingTree(root: string, pathspecs: readonly string[] = [], git: GitRunner = runGit): Promise<WorkingTree> {
  const output = await git(['status', '--porcelain=v2', '-z', '--untracked-files=all', '--', ...pathspecs], { cwd: root });
  const changed = new Set<string>();
  const untracked = new Set<string>();
  const removed = new Set<string>();
  const records = output.split('\0');
  for (let index = 0; index < records.length; index++) {
    const record = records[index]!;
    const fields = record.split(' ');
    switch (fields[0]) {
      // 1 XY sub mH mI mW hH hI path | 2 XY sub mH mI mW hH hI Xscore path NUL origPath | u XY sub m1 m2 m3 mW h1 h2 h3 path
      case '1':
      case '2':
      case 'u': {
        const path = fields.slice(PATH_FIELD[fields[0]]).join(' ');
        // An unmerged file stays in the working tree, with conflict markers, even when one side deleted it.
        const deleted = fields[0] !== 'u' && fields[1]!.includes('D');
        (deleted ? removed : changed).add(path);
        if (fields[0] === '2') removed.add(records[++index]!);
        break;
      }
      case '?':
        untracked.add(record.slice(2));
        break;
    }
  }
  return { changed, untracked, removed };
}
