import { realpathSync } from 'node:fs';
import { posix, relative, resolve, sep } from 'node:path';
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { Finding } from '../engine/finding.js';
import { lintInParallel, type LintResult, type LintSetup } from '../engine/lint.js';
import { baseTree, readBlobs, type BaseBlob } from '../git/base-tree.js';
import { changedFilesSince } from '../git/changed-files.js';
import { fileMatcher } from '../io/file-matcher.js';
import { gitSpelling } from '../io/file-name.js';
import { displayPath, textOf, tooLarge, type InputFile } from '../io/read-files.js';
import type { History } from '../model/history.js';
import { UsageError } from '../util/usage-error.js';

/** What `--changed-since` reports on, besides the files named. */
export interface Change {
  /** The files linted that changed since the merge base (see `changedFilesSince`), by their paths as findings show them. */
  changed: ReadonlySet<string>;
  /** The findings in files the change did not touch that the merge base does not have: what the change broke elsewhere. */
  introduced: ReadonlySet<Finding>;
}

export interface ChangeInput {
  /** The Git top level, or undefined outside a repository. */
  gitRoot: string | undefined;
  /** The governance repo's root, and its files as they were linted, with their absolute paths in the same order. */
  root: string;
  files: readonly InputFile[];
  absolutePaths: readonly string[];
  config: ResolvedConfig;
  /** The working tree's lint, and its setup, for linting the base the same way. */
  result: LintResult;
  setup: LintSetup;
  history: Promise<History | undefined> | undefined;
}

/**
 * The change since `ref`'s merge base with HEAD, and what it introduces: the merge base is linted as Git holds it,
 * with the same config, rules and history, and a finding of the working tree whose fingerprint it does not have is
 * new. Fingerprints name the file, so a file renamed since the base is linted under its new name, and a finding
 * that only moved lines is not new.
 *
 * The base's files are the working tree's files that have not changed (the same text, so not read again), the
 * earlier texts of those that have, and the files deleted since; Git gives the last two, in one `git cat-file`.
 */
export async function changeSince(ref: string, input: ChangeInput): Promise<Change> {
  const { gitRoot, root, files, absolutePaths } = input;
  if (!gitRoot) throw new UsageError('--changed-since needs a Git repository, and this folder is in none');
  const changedPaths = await changedFilesSince(gitRoot, ref);
  const tree = await baseTree(gitRoot, ref);

  // Paths relative to the Git top level, which Git resolves through symbolic links, for the root as it is spelt;
  // a name that is not UTF-8 as Git's output spells it, with U+FFFD for each bad byte.
  const prefix = relative(gitRoot, realpathSync.native(root)).split(sep).join('/');
  const inRepository = (absolute: string) => posix.join(prefix, relative(root, gitSpelling(absolute)).split(sep).join('/'));
  const changedInRepository = new Set(changedPaths.map((path) => relative(gitRoot, path).split(sep).join('/')));

  const changed = new Set<string>();
  const baseFiles: InputFile[] = [];
  const fromGit: { path: string; blob: BaseBlob }[] = [];
  /** The base's paths that files of the working tree stand for: theirs, or the one they were renamed from. */
  const matched = new Set<string>();
  files.forEach((file, index) => {
    const path = inRepository(absolutePaths[index]!);
    if (!changedInRepository.has(path)) {
      matched.add(path);
      baseFiles.push(file);
      return;
    }
    changed.add(file.path);
    const earlier = tree.renamedFrom.get(path) ?? path;
    matched.add(earlier);
    const blob = tree.files.get(earlier);
    if (blob) fromGit.push({ path: file.path, blob });
  });
  const discovered = fileMatcher(input.config).matches;
  const under = prefix === '' ? '' : `${prefix}/`;
  for (const [path, blob] of tree.files) {
    if (!path.startsWith(under) || matched.has(path) || !discovered(path.slice(under.length))) continue;
    fromGit.push({ path: displayPath(resolve(root, path.slice(under.length)), process.cwd()), blob });
  }

  // Nothing linted changed, and nothing was deleted: the base is the working tree, and nothing can be new.
  if (fromGit.length === 0 && baseFiles.length === files.length) return { changed, introduced: new Set() };

  const maxFileBytes = input.config.limits.maxFileBytes;
  const blobs = await readBlobs(gitRoot, [...new Set(fromGit.filter(({ blob }) => blob.size <= maxFileBytes).map(({ blob }) => blob.object))]);
  for (const { path, blob } of fromGit) {
    const bytes = blobs.get(blob.object);
    baseFiles.push({ path, ...(bytes ? textOf(bytes) : { text: '', problem: tooLarge(blob.size, maxFileBytes) }) });
  }
  // A rule that fails on the base leaves its findings out of it: they all count as new, none is lost.
  const base = await lintInParallel(baseFiles, input.setup, input.history);
  const before = new Set(base.findings.map((finding) => finding.fingerprint));
  const introduced = new Set(input.result.findings.filter((finding) => !changed.has(finding.file) && !before.has(finding.fingerprint)));
  return { changed, introduced };
}
