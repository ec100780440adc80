import type { FileChange, Hunk } from '../model/history.js';
import { COMMIT_FORMAT, gitLog, splitCommits } from './log-output.js';
import { pathspecs } from './pathspecs.js';
import { runGit, type GitRunner } from './run-git.js';

/** A top-level `reviewed:` key, as YAML and Markdown front matter write it; nested keys are indented. */
const REVIEWED_LINE = /^(reviewed|"reviewed"|'reviewed')\s*:/;

/**
 * A patch with only the changed lines, renames found, and the `a/` and `b/` prefixes, whatever the repository
 * configures: no colour, no external diff program, no text conversion.
 */
const PATCH_OPTIONS = ['-p', '--unified=0', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/'];

/** One entry of `git log --raw`: what a commit did to a path. */
interface RawEntry {
  /** A (added), M, D, R (renamed), T (type changed)… */
  status: string;
  /** The path before the commit; differs from `path` for a rename. */
  from: string;
  path: string;
  reviewed: boolean;
  other: boolean;
  hunks: Hunk[];
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * What each commit on HEAD's history changed in each file, newest first, by POSIX path relative to the
 * repository root: whether it touched a top-level `reviewed:` line, and whether it touched any other line.
 * Renames are followed, so a file's changes under its earlier names count. Every file asked for gets a list,
 * empty when it was never committed.
 *
 * One `git log --raw -p --unified=0 -M` over the files with the same extensions under the folder that holds
 * them all: the governance tree, when given every file it holds, and not the rest of a larger repository. Git
 * sees a rename only when both names are in that folder; a file moved in from outside shows as added there.
 * Merge commits are left out; a change reaches HEAD through the commits merged.
 */
export async function fileChanges(root: string, files: readonly string[], git: GitRunner = runGit): Promise<Map<string, FileChange[]>> {
  const changes = new Map<string, FileChange[]>(files.map((file) => [file, []]));
  if (files.length === 0) return changes;
  const args = ['log', '--no-merges', '--raw', '-z', ...PATCH_OPTIONS, ...COMMIT_FORMAT, '--', ...pathspecs(files)];
  const output = await gitLog(git, args, { cwd: root });
  // Walking back in time, the file each name stood for at that point: a rename hands the file to its old name.
  const fileNamed = new Map(files.map((file) => [file, file]));
  for (const { commit, rest } of splitCommits(output)) {
    for (const entry of parseCommit(rest)) {
      const file = fileNamed.get(entry.path);
      if (file === undefined || entry.status === 'D') continue;
      changes.get(file)!.push({ commit, reviewed: entry.reviewed, other: entry.other, hunks: entry.hunks });
      if (entry.status === 'A') fileNamed.delete(entry.path);
      if (entry.status === 'R') {
        fileNamed.delete(entry.path);
        fileNamed.set(entry.from, file);
      }
    }
  }
  return changes;
}

/**
 * The raw entries of one commit (`:modes hashes status NUL path NUL [new path NUL]`), then, after a NUL, its
 * patch, whose `diff --git` blocks say which lines each entry added or removed.
 */
function parseCommit(text: string): RawEntry[] {
  const entries: RawEntry[] = [];
  let position = 0;
  const field = () => {
    const end = text.indexOf('\0', position);
    const value = text.slice(position, end === -1 ? text.length : end);
    position = end === -1 ? text.length : end + 1;
    return value;
  };
  while (text.startsWith(':', position)) {
    const status = field().split(' ').at(-1)!.charAt(0);
    const from = field();
    const path = status === 'R' || status === 'C' ? field() : from;
    entries.push({ status, from, path, reviewed: false, other: false, hunks: [] });
  }
  if (text.startsWith('\0', position)) position++;
  readPatch(text.slice(position), entries);
  return entries;
}

/** Records each entry's hunks, and whether they touch a `reviewed:` line and whether they touch any other line. */
function readPatch(patch: string, entries: readonly RawEntry[]): void {
  const byHeader = new Map(entries.map((entry) => [`diff --git ${quoted(`a/${entry.from}`)} ${quoted(`b/${entry.path}`)}`, entry]));
  let entry: RawEntry | undefined;
  let hunk: Hunk | undefined;
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      entry = byHeader.get(line);
      hunk = undefined;
    } else if (!entry) {
      continue;
    } else if (line.startsWith('@@')) {
      const [, oldStart, oldLines, newStart, newLines] = HUNK_HEADER.exec(line) ?? [];
      hunk = { oldStart: Number(oldStart), oldLines: Number(oldLines ?? 1), newStart: Number(newStart), newLines: Number(newLines ?? 1), other: false };
      entry.hunks.push(hunk);
    } else if (hunk && (line.startsWith('+') || line.startsWith('-'))) {
      if (REVIEWED_LINE.test(line.slice(1))) entry.reviewed = true;
      else entry.other = hunk.other = true;
    } else if (!hunk && line.startsWith('Binary files ')) {
      entry.other = true;
    }
  }
}

const C_ESCAPES: Record<string, string> = { '\x07': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r', '"': '"', '\\': '\\' };

/** A path as a `diff --git` header writes it with `core.quotepath=false`: C-quoted only for `"`, `\` and control characters. */
function quoted(path: string): string {
  if (!/["\\\x00-\x1f\x7f]/.test(path)) return path;
  const escaped = [...path].map((char) => {
    const named = C_ESCAPES[char];
    if (named) return `\\${named}`;
    return char < ' ' || char === '\x7f' ? `\\${char.charCodeAt(0).toString(8).padStart(3, '0')}` : char;
  });
  return `"${escaped.join('')}"`;
}
