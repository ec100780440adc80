// Bundles the command line into dist/bundle/ after tsc and compile-schemas (`npm run build`). Loading some two
// hundred modules one by one (ours, yaml's, commander's) costs Node about 0.1 s, more than a check of a small
// repo; one bundle loads in a third of that. bin/govlint.js runs the bundle; dist/index.js, the API, stays
// as tsc built it.
//
// Chunks stay beside the entries, in one folder at the depth of dist/cli/, so that the paths the code finds from
// its own URL (../../package.json, ../../schemas/, ./parse-worker.js) are the same in the bundle. What is loaded on
// demand (a command, a formatter) becomes a chunk of its own and is still loaded only then; ajv (through
// createRequire, for kinds compiled at run time) stays outside and is loaded from node_modules when needed.
//
// The package's entry points (package.json `exports`: `govlint`, `govlint/testing`) are bundled too, at their
// places under dist/ (dist/index.js as dist/bundle/index.js), sharing the command line's chunks: a plugin that
// imports `govlint` is given these (src/config/import-code.ts), and so the modules the command line runs.
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const outdir = `${dist}bundle`;

/** In the bundle the generated validators are always there: imported statically, rather than looked for at run time. */
const staticValidators = {
  name: 'static-validators',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]dist[\\/]schema[\\/]precompiled\.js$/ }, () => ({
      contents: "export { compiledSchemas } from './compiled-schemas.js';",
      resolveDir: `${dist}schema`,
    }));
  },
};

/**
 * yaml's build for Node reads `process.env.LOG_TOKENS` for every token it parses, a debugging switch; each read is a
 * call into Node's C++ environment lookup, about 0.2 µs, which comes to about 0.2 s for 10,000 entities. The
 * package's other build, for every platform but Node, is the same parser compiled from the same source without that
 * switch (and with console.warn in place of process.emitWarning, which govlint silences anyway).
 */
const yamlWithoutEnvironmentLookups = {
  name: 'yaml-without-environment-lookups',
  setup(esbuild) {
    const yamlFolder = dirname(createRequire(import.meta.url).resolve('yaml/package.json'));
    esbuild.onResolve({ filter: /^yaml$/ }, () => ({ path: join(yamlFolder, 'browser', 'index.js') }));
  },
};

/** In the bundle, the package's entry points are those bundled here (see src/config/own-entry-points.ts). */
const bundledEntryPoints = {
  name: 'bundled-entry-points',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]dist[\\/]config[\\/]own-entry-points\.js$/ }, () => ({
      contents: "export const ENTRY_POINTS = new URL('./', import.meta.url);",
    }));
  },
};

/** Each entry point package.json exports under dist/, named by its path there without `.js`. */
function packageEntryPoints() {
  const { exports } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const entries = {};
  for (const target of Object.values(exports)) {
    const file = typeof target === 'string' ? target : (target.import ?? target.default);
    if (file.startsWith('./dist/') && file.endsWith('.js')) entries[file.slice('./dist/'.length, -'.js'.length)] = `${dist}${file.slice('./dist/'.length)}`;
  }
  return entries;
}

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    main: `${dist}cli/main.js`,
    'parse-worker': `${dist}parse/parse-worker.js`,
    // Registered by src/config/import-code.ts, from the bundle's folder as from dist/config/.
    'own-package-hook': `${dist}config/own-package-hook.js`,
    ...packageEntryPoints(),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  chunkNames: '[name]-[hash]',
  // Bundled CommonJS packages call require() for Node's own modules, which an ES module must be given.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [staticValidators, yamlWithoutEnvironmentLookups, bundledEntryPoints],
  logLevel: 'warning',
});
