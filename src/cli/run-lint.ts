import { UsageError } from '../config/config-error.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { lint, type LintResult } from '../engine/lint.js';
import { discoverFiles } from '../io/discover-files.js';
import { displayPath, readFiles } from '../io/read-files.js';
import { BUILTIN_ROLES } from '../schema/builtin-kinds.js';
import { isDate, localToday } from '../util/dates.js';
import { configFor } from './config-for.js';
import { findRoot } from './find-root.js';
import { isTargeted, resolveTargets } from './targets.js';

export interface LintOptions {
  config?: string;
  /** False under --no-code: JavaScript configs and plugins are refused, for checking untrusted changes. */
  code?: boolean;
  root?: string;
  today?: string;
}

export interface LintRun {
  config: ResolvedConfig;
  /** The root of the governance repo, absolute. */
  root: string;
  result: LintResult;
  /** Display paths of the files findings are reported for: those named, or in the folders named. */
  reported: ReadonlySet<string>;
  /** How many files were loaded. */
  files: number;
  /** Files named on the command line that are not governance files under the config: not checked. */
  ignored: string[];
}

/**
 * Loads the whole governance repo under its root, so that references resolve wherever they point, and lints it;
 * findings are reported only for the files and folders named (the whole root when none is).
 */
export async function runLint(paths: readonly string[], options: LintOptions): Promise<LintRun> {
  const today = options.today ?? localToday();
  if (!isDate(today)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not '${today}'`);
  const targets = await resolveTargets(paths);
  const config = await configFor(targets[0]!.absolute, options.config, options.code !== false);
  // A config given with --config may live anywhere (a shared one, say): only a config found by searching marks the root.
  const root = await findRoot(options.root, options.config ? undefined : config.dir, targets[0]!.isFolder ? targets[0]!.absolute : process.cwd());

  const absolutePaths = await discoverFiles(root, config);
  const discovered = new Set(absolutePaths);
  // A file named on the command line that the config does not include (a hook passes every staged *.yaml) is left out.
  const ignored = targets.filter((target) => !target.isFolder && !discovered.has(target.absolute)).map((target) => displayPath(target.absolute, process.cwd()));
  const files = await readFiles(absolutePaths);
  const result = lint(files, { kinds: config.kinds, builtinRoles: BUILTIN_ROLES, rules: config.settings, knownRules: new Set(config.rules.map((rule) => rule.meta.id)), today });

  const cwd = process.cwd();
  const reported = new Set(absolutePaths.filter((path) => isTargeted(path, targets)).map((path) => displayPath(path, cwd)));
  return { config, root, result, reported, files: files.length, ignored };
}
