import { GitError, runGit, runGitForBytes, type GitRunner } from './run-git.js';

/** A regular file of a commit: its blob and size in bytes. */
export interface BaseBlob {
  object: string;
  size: number;
}

/** What `--changed-since` compares the working tree with, as Git holds it: nothing of it is read from the working tree. */
export interface BaseTree {
  /** The regular files of the merge base, by POSIX path relative to the repository root; empty when there is no base. */
  files: ReadonlyMap<string, BaseBlob>;
  /** The files renamed since the merge base (committed, staged or not), from their new path to their old one. */
  renamedFrom: ReadonlyMap<string, string>;
}

/**
 * The merge base of `ref` and HEAD, as `changedFilesSince` compares with, read in three `git` invocations: the
 * merge base, then its files (`git ls-tree`) and the renames since (`git diff -M` against the working tree) at once.
 * Call it once `changedFilesSince` has accepted `ref`. When `ref` is HEAD and HEAD has no commit yet (a repository's
 * first commit), there is nothing to compare with: no files, everything is new.
 *
 * Symbolic links and submodules are left out: only regular files are read.
 */
export async function baseTree(root: string, ref: string, git: GitRunner = runGit): Promise<BaseTree> {
  const commit = await mergeBase(root, ref, git);
  if (commit === undefined) return { files: new Map(), renamedFrom: new Map() };
  const [files, renames] = await Promise.all([
    commitFiles(root, commit, git),
    git(['diff', '-z', '--name-status', '-M', '--diff-filter=R', '--no-ext-diff', commit, '--'], { cwd: root }),
  ]);
  const renamedFrom = new Map<string, string>();
  // R<score> NUL <old path> NUL <new path> NUL
  const fields = renames.split('\0');
  for (let index = 0; index + 2 < fields.length; index += 3) renamedFrom.set(fields[index + 2]!, fields[index + 1]!);
  return { files, renamedFrom };
}

/** The regular files of a commit (`git ls-tree`), by POSIX path relative to the repository root. */
export async function commitFiles(root: string, commit: string, git: GitRunner = runGit): Promise<Map<string, BaseBlob>> {
  const listing = await git(['ls-tree', '-r', '-z', '-l', '--full-tree', commit], { cwd: root });
  const files = new Map<string, BaseBlob>();
  for (const record of listing.split('\0')) {
    // <mode> SP <type> SP <object> SP <size, padded>\t<path>
    const tab = record.indexOf('\t');
    const [mode, type, object, size] = record.slice(0, tab).split(/ +/);
    if (type === 'blob' && (mode === '100644' || mode === '100755')) files.set(record.slice(tab + 1), { object: object!, size: Number(size) });
  }
  return files;
}

/** The merge base commit, or undefined when `ref` is HEAD and HEAD has no commit yet. */
async function mergeBase(root: string, ref: string, git: GitRunner): Promise<string | undefined> {
  try {
    return (await git(['merge-base', ref, 'HEAD'], { cwd: root })).trim();
  } catch (error) {
    if (ref === 'HEAD' && error instanceof GitError && /not a valid object name HEAD$/i.test(error.detail)) return undefined;
    throw error;
  }
}

/** The contents of these blobs, in one `git cat-file --batch`. */
export async function readBlobs(root: string, objects: readonly string[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  if (objects.length === 0) return blobs;
  const output = await runGitForBytes(['cat-file', '--batch'], { cwd: root, input: objects.map((object) => `${object}\n`).join('') });
  // Each: <object> SP blob SP <size> LF <contents> LF
  let offset = 0;
  while (offset < output.length) {
    const lineEnd = output.indexOf(10, offset);
    const [object, type, size] = output.subarray(offset, lineEnd).toString('latin1').split(' ');
    if (type !== 'blob') throw new GitError(`git cat-file did not find blob ${object} of the base commit`, 'failed');
    const start = lineEnd + 1;
    blobs.set(object!, output.subarray(start, start + Number(size)));
    offset = start + Number(size) + 1;
  }
  return blobs;
}
