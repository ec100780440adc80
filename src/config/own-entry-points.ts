/**
 * The folder that holds the running govlint's package entry points, which package.json's `exports` name under
 * dist/: dist/ itself as tsc built them. The bundled command line has its own copies of them in dist/bundle/, made of
 * the modules it runs, and scripts/bundle-cli.mjs replaces this module there with one that names that folder: a
 * plugin that imports `govlint` then shares the command line's modules, rather than loading a second govlint.
 */
export const ENTRY_POINTS = new URL('../', import.meta.url);
