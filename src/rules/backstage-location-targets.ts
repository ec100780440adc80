// A Location whose target is gone makes Backstage drop what it used to read, silently, with an error only in the
// catalog backend's logs: the catalog shrinks and nobody is told.
import picomatch from 'picomatch';
import { defineRule } from '../api/types.js';
import { describeEntity, type Entity } from '../model/entity.js';
import type { Path } from '../parse/locate.js';
import { docsUrl } from './helpers/docs-url.js';

export const messages = {
  missing: (location: Entity, target: string, path: string) =>
    `${describeEntity(location)} has the target '${target}', but there is no ${path} among the files govlint read: add the file, or correct or remove the target.`,
  noMatch: (location: Entity, target: string) =>
    `${describeEntity(location)} has the target '${target}', which matches none of the files govlint read: correct the pattern, or remove the target.`,
};

export default defineRule({
  meta: {
    id: 'backstage/location-targets',
    description: "A Backstage Location's relative targets must name files of the repo, and its patterns match at least one.",
    severity: 'error',
    docs: docsUrl('backstage/location-targets'),
  },
  check({ model, report }) {
    // Sorted, so that the files under a folder are found by bisection.
    const files = model.files.map((file) => file.path).sort();
    const known = new Set(files);
    const matchers = new Map<string, (path: string) => boolean>();
    for (const location of model.ofKind('backstage:Location')) {
      const spec = location.data.spec as { target?: unknown; targets?: unknown } | undefined;
      const targets: Array<[unknown, Path]> = [
        [spec?.target, ['spec', 'target']],
        ...(Array.isArray(spec?.targets) ? spec.targets.map((target: unknown, index): [unknown, Path] => [target, ['spec', 'targets', index]]) : []),
      ];
      for (const [target, path] of targets) {
        // An address (`https://…`) or an absolute path is outside the repo: Backstage reads it, govlint cannot.
        if (typeof target !== 'string' || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(target) || target.startsWith('/')) continue;
        // Relative to the folder of the file that holds the Location, as Backstage resolves it.
        const folder = folderOf(location.document.file.path);
        const resolved = resolveFrom(folder, target);
        const { isGlob } = picomatch.scan(resolved);
        if (isGlob) {
          if (!matchesAFile(resolved, files, matchers)) report({ entity: location, path, message: messages.noMatch(location, target) });
        } else if (!known.has(resolved)) {
          report({ entity: location, path, message: messages.missing(location, target, resolved) });
        }
      }
    }
  },
});

/** Whether a pattern matches one of the files; only those under its fixed folder are tried, as a catalog has hundreds. */
function matchesAFile(pattern: string, files: readonly string[], matchers: Map<string, (path: string) => boolean>): boolean {
  const { base, glob } = picomatch.scan(pattern);
  // Many Locations share one pattern below their own folder (`./components/*/catalog-info.yaml`): compiled once.
  let matches = matchers.get(glob);
  if (!matches) matchers.set(glob, (matches = picomatch(glob, { dot: true })));
  const prefix = base === '' ? '' : `${base}/`;
  for (let index = firstFrom(files, prefix); index < files.length && files[index]!.startsWith(prefix); index++) {
    if (matches(files[index]!.slice(prefix.length))) return true;
  }
  return false;
}

/** The index of the first of the sorted files that is not before `prefix`. */
function firstFrom(files: readonly string[], prefix: string): number {
  let low = 0;
  let high = files.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (files[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

function folderOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

/** A relative POSIX path resolved from a folder, its `.` and `..` parts worked out: `a/b` + `../c/./d` is `a/c/d`. */
function resolveFrom(folder: string, target: string): string {
  const parts = folder === '' ? [] : folder.split('/');
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
