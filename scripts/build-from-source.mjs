// Builds govlint: `npm run build`, and after `npm install` in a clone. This runs as `postinstall` rather than
// `prepare` because npm prints a `prepare` script's banner on stdout during `npm pack`, which breaks installers that
// read the tarball name from that output (the pre-commit framework's node hooks do). An installed package ships
// dist/ and no src/, so there it has nothing to do.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(new URL('../src/', import.meta.url))) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  console.error('govlint: building from source needs the dev dependencies; run npm install without --omit=dev');
  process.exit(1);
}
// From an empty dist/: a module that moved or went away would otherwise still be there, and be packed.
rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
// The built-in schemas become standalone validators in dist/schema/compiled-schemas.js,
// then the command line is bundled into dist/bundle/.
for (const script of ['scripts/compile-schemas.mjs', 'scripts/bundle-cli.mjs']) {
  const step = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
  if (step.status !== 0) process.exit(step.status ?? 1);
}
