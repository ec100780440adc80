/**
 * What the Git history says about the files being checked, for rules that need it. It is loaded only when an
 * enabled rule asks for it (`RuleMeta.needsHistory`), since reading it costs a `git log` over the repo, and only
 * inside a Git repository: rules must work without it.
 */

/** A commit, as findings name it. */
export interface Commit {
  hash: string;
  /** The abbreviated hash Git shows: 7 characters or more, unique in the repository. */
  shortHash: string;
  /**
   * The committer date, YYYY-MM-DD in the committer's time zone: when the change entered this history. A rebase,
   * squash or cherry-pick resets it to the day the change landed, where the author date keeps the day it was
   * first written, which may be long before anyone accepted it.
   */
  date: string;
}

/** Where a file stands in Git. */
export type CommitState =
  /** Tracked, and the working tree holds what its last commit left. */
  | { state: 'committed'; lastCommit: Commit }
  /** Committed before, with staged or unstaged changes on top. */
  | { state: 'modified'; lastCommit: Commit }
  /** Never committed: untracked, only staged as new, ignored, or outside the repository. */
  | { state: 'uncommitted' };

/** What one commit did to a file. */
export interface FileChange {
  commit: Commit;
  /** It added, removed or changed a top-level `reviewed:` line. */
  reviewed: boolean;
  /** It added, removed or changed any other line: the body, another field, a comment. False for a pure rename. */
  other: boolean;
  /** Where it changed the file, so that a rule can tell a Markdown body from its front matter. */
  hunks: readonly Hunk[];
}

/** One changed stretch of a file, as a patch's `@@ -oldStart,oldLines +newStart,newLines @@` header gives it. */
export interface Hunk {
  oldStart: number;
  oldLines: number;
  /** After the commit; with `newLines` 0 (lines removed), the line after which they were. */
  newStart: number;
  newLines: number;
  /** It changed a line other than a top-level `reviewed:` line. */
  other: boolean;
}

/** A part of the history a rule can ask for; each costs one `git` invocation over the whole repository. */
export type HistoryNeed =
  /** The last commit of each file and whether the working tree changed it (`History.commitState`). */
  | 'last-commits'
  /** What each commit changed in each file, following renames (`History.changes`). */
  | 'changes';

/** The Git history of the checked files, by their paths as findings show them (`SourceFile.path`). */
export interface History {
  /** The Git top-level folder, absolute. */
  readonly root: string;
  /** Where the file stands; undefined when 'last-commits' was not loaded. */
  commitState(path: string): CommitState | undefined;
  /**
   * The commits that changed the file, newest first, following renames (a commit that only renamed it changed
   * nothing); empty when it was never committed, undefined when 'changes' was not loaded. Merge commits are left
   * out: a change reaches the history through the commits merged.
   */
  changes(path: string): readonly FileChange[] | undefined;
}
