import { posix } from 'node:path';

/**
 * Pathspecs that cover the files (POSIX, relative to the repository root, at least one): `:(glob)<folder>/**\/*.<ext>`
 * for each extension among them (or name, for a file without one), under the deepest folder that holds them all.
 * They are few whatever the number of files, and git matches them fast: given every file as a pathspec, git
 * matches each path of each commit against each of them, some 100 times slower for 10,000 files. Git may then
 * list other files too, which callers leave out.
 */
export function pathspecs(files: readonly string[]): string[] {
  const folders = files.map((file) => posix.dirname(file).split('/'));
  const common = folders.reduce((prefix, folder) => prefix.slice(0, firstDifference(prefix, folder)));
  const base = common.filter((part) => part !== '.').map(escapeGlob).join('/');
  const names = new Set(files.map((file) => {
    const name = posix.basename(file);
    const extension = posix.extname(name);
    return extension === '' ? escapeGlob(name) : `*${escapeGlob(extension)}`;
  }));
  return [...names].sort().map((name) => `:(glob)${base === '' ? '' : `${base}/`}**/${name}`);
}

function firstDifference(a: readonly string[], b: readonly string[]): number {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index++;
  return index;
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}
