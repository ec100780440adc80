import { existsSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { ENTRY_POINTS } from './own-entry-points.js';
import type { OwnPackage } from './own-package-hook.js';

const PACKAGE_ROOT = new URL('../../', import.meta.url);
const HOOK = new URL('./own-package-hook.js', import.meta.url);

let hookRegistered = false;

/**
 * Imports a file of the user's JavaScript, a plugin or a config. The first import registers a resolve hook that
 * makes `govlint` and `govlint/<subpath>` (the subpaths of package.json's `exports`) resolve to the govlint that runs,
 * wherever the file is and whether or not a govlint is installed beside it; a govlint installed beside it is not
 * used, so that one version of the rule API is loaded. The hook costs a loader thread, so it is registered only when
 * there is code to import.
 */
export async function importCode(file: string): Promise<unknown> {
  if (!hookRegistered) {
    hookRegistered = true;
    // Run from the sources, as the tests run in-process, there is no built hook, and vitest resolves imports itself.
    if (existsSync(HOOK)) register<OwnPackage>(HOOK, { data: ownPackage() });
  }
  return import(pathToFileURL(file).href);
}

/** The running govlint's name and, for each subpath of its package.json's `exports`, its own file. */
function ownPackage(): OwnPackage {
  const manifest = JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')) as {
    name: string;
    exports: Record<string, string | Record<string, string>>;
  };
  const entries: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    const file = typeof target === 'string' ? target : (target.import ?? target.default)!;
    const url = file.startsWith('./dist/') ? new URL(file.slice('./dist/'.length), ENTRY_POINTS) : new URL(file, PACKAGE_ROOT);
    entries[manifest.name + subpath.slice(1)] = url.href;
  }
  return { name: manifest.name, entries };
}
