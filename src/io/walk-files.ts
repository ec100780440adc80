import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { folderWithGit } from '../git/outside-repository.js';
import { fileSystemPath, nameFromBytes } from './file-name.js';

/** The regular files and symbolic links of a folder, by POSIX path relative to it, in no particular order. */
export interface WalkedFiles {
  files: string[];
  links: string[];
}

/**
 * The files of a folder outside Git, as `git ls-files` would list the untracked ones of a working tree (see
 * `listFiles`), found by reading each folder once, with no stat per file: the .gitignore files count as Git counts
 * them, and neither the folders they leave out, folders behind symbolic links, `.git`, nor a folder holding a
 * repository of its own (a `.git` folder or file) are entered; nor folders `skipsFolder` says hold nothing wanted.
 *
 * A `.git` above the folder marks a Git working tree whose git could not be run: the .gitignore files from its top
 * down to the folder count too, as they do for git.
 */
export async function walkFolder(folder: string, skipsFolder: (path: string) => boolean): Promise<WalkedFiles> {
  const root = resolve(folder);
  const gitignore = new Gitignore(root);
  await gitignore.readAbove();

  const walked: WalkedFiles = { files: [], links: [] };
  const pending = [''];
  while (pending.length > 0) {
    const path = pending.pop()!;
    const entries = readFolder(join(root, path));
    // A repository of its own, whose files git does not list either.
    if (path !== '' && entries.some(([name]) => name === '.git')) continue;
    if (entries.some(([name, entry]) => name === '.gitignore' && entry.isFile())) await gitignore.read(path);
    for (const [name, entry] of entries) {
      // Names read from folders hold no separator, so the paths need no normalising.
      const child = path === '' ? name : `${path}/${name}`;
      if (entry.isDirectory()) {
        if (name !== '.git' && !skipsFolder(child) && !gitignore.ignores(`${child}/`)) pending.push(child);
      } else if (entry.isFile()) {
        if (!gitignore.ignores(child)) walked.files.push(child);
      } else if (entry.isSymbolicLink()) {
        if (!gitignore.ignores(child)) walked.links.push(child);
      }
    }
  }
  return walked;
}

/**
 * A folder's entries, each with its name (read as bytes, so that a name that is not UTF-8 still leads to its file,
 * see `nameFromBytes`); none when the folder is gone.
 */
function readFolder(path: string): [string, Dirent<Buffer>][] {
  try {
    return readdirSync(fileSystemPath(path), { withFileTypes: true, encoding: 'buffer' }).map((entry) => [nameFromBytes(entry.name), entry]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * The .gitignore rules read so far, as Git applies them: each file's rules count for its folder and below, deeper
 * ones after (so above) shallower ones. They go, rebased to one folder, into one `ignore` matcher, loaded only once
 * there is a rule. A .gitignore that is a symbolic link is not read, as git does not read one in the working tree.
 */
class Gitignore {
  private matcher: Ignore | undefined;
  /** Where paths are matched from: the top of the Git working tree, or else the folder walked. */
  private readonly base: string;
  /** The folder walked, as a POSIX path relative to `base`, ending in a slash unless empty. */
  private readonly prefix: string;

  constructor(private readonly root: string) {
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

  private async add(file: string | Buffer, folder: string): Promise<void> {
    const rules = gitignoreRules(readFileSync(file, 'utf8')).map((rule) => rebase(rule, folder));
    if (rules.length === 0) return;
    this.matcher ??= (await import('ignore')).default();
    this.matcher.add(rules);
  }
}

function posixRelative(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}

/** A .gitignore file's rules as Git reads them: blank lines and comments left out, trailing spaces dropped unless escaped. */
function gitignoreRules(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => {
      const trimmed = line.replace(/ +$/, '');
      if (trimmed === line) return line;
      return /\\*$/.exec(trimmed)![0].length % 2 === 1 ? `${trimmed} ` : trimmed;
    })
    .filter((rule) => rule !== '' && !rule.startsWith('#'));
}

/**
 * A rule of the .gitignore file in `folder` (POSIX, relative to where paths are matched from) made relative to
 * where paths are matched from: a rule with no slash but at its end matches at any depth below its folder, others
 * from that folder.
 */
function rebase(rule: string, folder: string): string {
  if (folder === '') return rule;
  const negated = rule.startsWith('!');
  const body = negated ? rule.slice(1) : rule;
  const slash = body.indexOf('/');
  const rebased = slash === -1 || slash === body.length - 1 ? posix.join(folder, '**', body) : posix.join(folder, body);
  return negated ? `!${rebased}` : rebased;
}
