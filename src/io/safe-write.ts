import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * A symbolic link where govlint was to write, or on the way there from the folder the user named. A repo under
 * check can commit such a link (`.govlint-baseline.json -> ~/.bashrc`), so govlint never writes through one.
 */
export class LinkInTheWay extends Error {
  override readonly name = 'LinkInTheWay';
  constructor(
    /** The file govlint was to write, absolute. */
    readonly file: string,
    /** The symbolic link: the file itself or a folder on the way to it, absolute. */
    readonly link: string,
  ) {
    super(`${link} is a symbolic link`);
  }
}

/**
 * The folder a path the user gave is written under: the working folder when the path is inside it (which the
 * repo being checked may be, with links committed in it), else the folder the path itself names as its parent.
 * Links are refused below this folder, never above it: the user pointed there.
 */
export function namedFolder(path: string, cwd = process.cwd()): string {
  const absolute = resolve(cwd, path);
  return isInside(cwd, absolute) ? cwd : dirname(absolute);
}

/**
 * Throws `LinkInTheWay` when `file`, or a folder between `base` and it, is a symbolic link. What does not exist yet
 * is no link, and what cannot be looked at is left for the write to fail on, with its reason.
 */
export function refuseLinks(base: string, file: string): void {
  for (const path of pathsBetween(base, file)) {
    let stats;
    try {
      stats = lstatSync(path);
    } catch {
      return;
    }
    if (stats.isSymbolicLink()) throw new LinkInTheWay(file, path);
  }
}

/**
 * Creates `folder` and the folders missing on the way to it from `base`, one at a time (Node's recursive mkdir
 * never returns on file systems that refuse with ENOENT under an existing parent, such as /proc), refusing links
 * below `base`. Returns the folders it created, outermost first.
 */
export function makeFolders(base: string, folder: string): string[] {
  const created: string[] = [];
  const make = (path: string) => {
    try {
      mkdirSync(path);
      created.push(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  };
  // The named folder and its parents, where links are the user's own.
  const missing: string[] = [];
  for (let current = base; !statSync(current, { throwIfNoEntry: false }); current = dirname(current)) {
    missing.unshift(current);
    if (dirname(current) === current) break;
  }
  missing.forEach(make);
  for (const path of pathsBetween(base, folder)) {
    if (!lstatSync(path, { throwIfNoEntry: false })) make(path);
    // Looked at after creating too: a link planted meanwhile, or a dangling one that made mkdir fail, is refused.
    if (lstatSync(path).isSymbolicLink()) throw new LinkInTheWay(folder, path);
  }
  return created;
}

/**
 * Writes a file under `base`, creating folders as needed, never through a symbolic link (see `LinkInTheWay`).
 *
 * With `replace`, the text goes to a temporary file of a random name beside the target, created exclusively (so a
 * link planted under a predictable name cannot redirect it) and readable only by the user until complete, then
 * renamed into place: a rename replaces a link itself rather than following it, and a reader never sees half a
 * file (a device or a pipe is written to in place). Without `replace`, the target itself is created exclusively,
 * which never follows a link either and never replaces anything; false when something is there already, and
 * nothing was written.
 */
export function writeSafely(base: string, file: string, data: string | Uint8Array, replace: boolean): boolean {
  // Before any folder is created; makeFolders looks again at each folder it creates.
  refuseLinks(base, file);
  makeFolders(base, dirname(file));
  if (!replace) {
    let descriptor: number;
    try {
      descriptor = openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    try {
      writeFileSync(descriptor, data);
    } finally {
      closeSync(descriptor);
    }
    return true;
  }
  // A device or a pipe named as such (`-o /dev/null`) is written to: a rename would put a plain file in its place.
  const stats = lstatSync(file, { throwIfNoEntry: false });
  if (stats?.isCharacterDevice() || stats?.isFIFO()) {
    writeFileSync(file, data);
    return true;
  }
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
  const descriptor = openSync(temporary, 'wx', 0o600);
  try {
    try {
      writeFileSync(descriptor, data);
    } finally {
      closeSync(descriptor);
    }
    // The permissions any new file gets, as a plain write would have given it.
    chmodSync(temporary, 0o666 & ~process.umask());
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return true;
}

/** The paths from `base` (excluded) down to `path` (included), which must be inside it. */
function pathsBetween(base: string, path: string): string[] {
  if (!isInside(base, path)) throw new Error(`${path} is not inside ${base}`);
  const paths: string[] = [];
  for (let current = resolve(path); relative(base, current) !== ''; current = dirname(current)) paths.unshift(current);
  return paths;
}

function isInside(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '..' && !fromFolder.startsWith(`..${sep}`) && !isAbsolute(fromFolder);
}
