// A module customization hook (Node's module.register), run in Node's loader thread, never imported by govlint's
// own modules: it makes `govlint` and `govlint/<subpath>`, imported by a plugin or a JavaScript config (or by
// anything they import), resolve to the running govlint's files. See import-code.ts.
import type { InitializeHook, ResolveHook } from 'node:module';

export interface OwnPackage {
  /** The package's name, `govlint`. */
  name: string;
  /** For each specifier the package exports (`govlint`, `govlint/testing`…), the URL of the running govlint's file. */
  entries: Record<string, string>;
}

// Set by initialize, which Node runs with the data given to register before it asks resolve anything.
let own: OwnPackage;

export const initialize: InitializeHook<OwnPackage> = (data) => {
  own = data;
};

export const resolve: ResolveHook = (specifier, context, nextResolve) => {
  // Own keys only: a package may be called `constructor`.
  if (Object.hasOwn(own.entries, specifier)) return { url: own.entries[specifier]!, shortCircuit: true };
  if (specifier.startsWith(`${own.name}/`)) {
    // As Node says it of a subpath that `exports` does not list; another govlint installed beside the plugin is not
    // asked, as it is not for the listed ones.
    const error = new Error(`Package subpath '.${specifier.slice(own.name.length)}' is not defined by "exports" in ${own.name}`);
    throw Object.assign(error, { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
  }
  return nextResolve(specifier, context);
};
