import { lstatSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { folderWithGit } from '../git/outside-repository.js';
import { fileSystemPath, nameFromBytes } from './file-name.js';
import type { GlobFilter } from './glob-filter.js';

/** The regular files and symbolic links that match, by absolute path, before the links are looked at. */
export interface Candidates {
  files: string[];
  links: string[];
}

/** Folders, at any depth, below which globby reads no .gitignore file (its defaults, besides node_modules and .git). */
const UNREAD_GITIGNORE_FOLDERS = new Set(['coverage', 'flow-typed']);

/**
 * The regular files and symbolic links globby would list under a folder with this filter and `gitignore: true`,
 * found by reading each folder once, with no stat per file. Folders the filter skips, folders .gitignore leaves
 * out and symbolic links to folders are not entered.
 *
 * The .gitignore files count as globby counts them: each found on the way down, except below a folder named in
 * `UNREAD_GITIGNORE_FOLDERS` or where a symbolic link stands for the file; in a Git working tree (a `.git` in the
 * folder or above it), also those from the top of the tree down to the folder, whose rules then apply to paths
 * from that top. Their rules go, deepest last, into one `ignore` matcher, loaded only once there is one.
 *
 * Undefined, for globby to do it, when an include pattern names a file in a folder the filter skips (see
 * `GlobFilter.named`).
 */
export async function walkFolder(folder: string, filter: GlobFilter): Promise<Candidates | undefined> {
  if (filter.named.some((path) => path.includes('/') && filter.skipsFolder(posix.dirname(path)))) return undefined;
  const root = resolve(folder);
  const gitignore = new Gitignore(root);
  await gitignore.readAbove();

  const candidates: Candidates = { files: [], links: [] };
  // Names read from folders hold no separator, so the paths need no normalising (path.join does, for every file).
  const prefix = root.endsWith(sep) ? root : root + sep;
  const absolute = (child: string) => prefix + (sep === '/' ? child : child.replaceAll('/', sep));
  // Folders still to read, relative to the root, each with whether its .gitignore counts.
  const pending: [string, boolean][] = [['', true]];
  while (pending.length > 0) {
    const [path, readsGitignore] = pending.pop()!;
    const entries = readFolder(join(root, path));
    if (readsGitignore && entries.some(([name, entry]) => name === '.gitignore' && entry.isFile())) await gitignore.read(path);
    for (const [name, entry] of entries) {
      const child = path === '' ? name : `${path}/${name}`;
      if (entry.isDirectory()) {
        if (!filter.skipsFolder(child) && !gitignore.ignores(`${child}/`)) pending.push([child, readsGitignore && !UNREAD_GITIGNORE_FOLDERS.has(name)]);
      } else if (entry.isFile()) {
        if (filter.matches(child) && !gitignore.ignores(child)) candidates.files.push(absolute(child));
      } else if (entry.isSymbolicLink()) {
        if (filter.matches(child) && !gitignore.ignores(child) && !gitignore.ignoresLinkedFolder(child)) candidates.links.push(absolute(child));
      }
    }
  }
  return candidates;
}

/**
 * A folder's entries, each with its name (read as bytes, so that a name that is not UTF-8 still leads to its file,
 * see `nameFromBytes`); none when the folder is gone, as globby does.
 */
function readFolder(path: string): [string, Dirent<Buffer>][] {
  try {
    return readdirSync(fileSystemPath(path), { withFileTypes: true, encoding: 'buffer' }).map((entry) => [nameFromBytes(entry.name), entry]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The .gitignore rules read so far, matched as globby matches them (see `walkFolder`). */
class Gitignore {
  private matcher: Ignore | undefined;
  /** Where paths are matched from: the top of the Git working tree, or else the folder walked. */
  private readonly base: string;
  /** The folder walked, as a POSIX path relative to `base`, ending in a slash unless empty. */
  private readonly prefix: string;

  constructor(private readonly root: string) {
    // A `.git` folder or file from the folder up marks a working tree, as globby looks for it.
    this.base = folderWithGit(root) ?? root;
    const prefix = posixRelative(this.base, root);
    this.prefix = prefix === '' ? '' : `${prefix}/`;
  }

  /** Reads the .gitignore files from the top of the Git working tree down to the folder's parent. */
  async readAbove(): Promise<void> {
    const above: string[] = [];
    for (let folder = this.root; folder !== this.base; ) {
      folder = dirname(folder);
      above.unshift(folder);
    }
    for (const folder of above) {
      const file = join(folder, '.gitignore');
      if (lstatSync(file, { throwIfNoEntry: false })?.isFile()) await this.add(file, posixRelative(this.base, folder));
    }
  }

  /** Reads the .gitignore file in this folder, relative to the root. */
  async read(path: string): Promise<void> {
    await this.add(fileSystemPath(join(this.root, path, '.gitignore')), (this.prefix + path).replace(/\/$/, ''));
  }

  /** Whether this path, relative to the root, is ignored; a folder's path ends in a slash. */
  ignores(path: string): boolean {
    return this.matcher !== undefined && this.matcher.test(this.prefix + path).ignored;
  }

  /** Whether this symbolic link leads to a folder the rules for folders ignore, which globby leaves out too. */
  ignoresLinkedFolder(path: string): boolean {
    if (!this.ignores(`${path}/`)) return false;
    try {
      return statSync(fileSystemPath(join(this.root, path))).isDirectory();
    } catch {
      return false;
    }
  }

  private async add(file: string | Buffer, folder: string): Promise<void> {
    const rules = gitignoreRules(readFileSync(file, 'utf8')).map((rule) => rebase(rule, folder));
    this.matcher ??= (await import('ignore')).default();
    this.matcher.add(rules);
  }
}

function posixRelative(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}

/** A .gitignore file's rules as globby reads them: blank lines and comments left out, trailing spaces dropped unless escaped. */
function gitignoreRules(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const unmarked = line.replace(/^\uFEFF/, '');
      const trimmed = unmarked.replace(/\s+$/u, '');
      if (trimmed === unmarked) return unmarked;
      return /\\*$/.exec(trimmed)![0].length % 2 === 1 ? `${trimmed} ` : trimmed;
    })
    .filter((rule) => rule !== '' && !rule.startsWith('#'));
}

/**
 * A rule of the .gitignore file in `folder` (POSIX, relative to where paths are matched from) made relative to
 * where paths are matched from, as globby does: a rule with no slash but at its end matches at any depth below
 * its folder, others from that folder.
 */
function rebase(rule: string, folder: string): string {
  if (folder === '') return rule;
  const negated = rule.startsWith('!');
  const body = negated ? rule.slice(1) : rule;
  const slash = body.indexOf('/');
  const rebased = slash === -1 || slash === body.length - 1 ? posix.join(folder, '**', body) : posix.join(folder, body);
  return negated ? `!${rebased}` : rebased;
}
