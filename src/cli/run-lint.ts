import { resolve } from 'node:path';
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { Finding } from '../engine/finding.js';
import { lintInParallel, type LintResult, type LintSetup } from '../engine/lint.js';
import type { ParseCache } from '../parse/parse-cache.js';
import { historyNeeds, loadHistory } from '../git/load-history.js';
import { discoverFiles, type DiscoveredFiles } from '../io/discover-files.js';
import { displayPath, readFiles } from '../io/read-files.js';
import { BUILTIN_ROLES } from '../schema/builtin-kinds.js';
import { isDate, localToday } from '../util/dates.js';
import { UsageError } from '../util/usage-error.js';
import { changeSince } from './changed-since.js';
import { configFor } from './config-for.js';
import { findRoot, gitRootOrNone } from './find-root.js';
import { progressOnStderr } from './progress.js';
import { checkTargetsInRoot, resolveTargets, targetMatcher } from './targets.js';
import { writeStderr } from './write-stderr.js';

export interface LintOptions {
  config?: string;
  /** Report on the files changed since this Git ref's merge base with HEAD, and on what the change introduced elsewhere. */
  changedSince?: string;
  /** False under --no-code: JavaScript configs and plugins are refused, for checking untrusted changes. */
  code?: boolean;
  root?: string;
  today?: string;
  /** Keep parsed files between runs (see ParseCache), in `cacheLocation` or the default place under the root. */
  cache?: boolean;
  cacheLocation?: string;
}

export interface LintRun {
  config: ResolvedConfig;
  /** The root of the governance repo, absolute. */
  root: string;
  /** The day the rules took as today. */
  today: string;
  result: LintResult;
  /** What the files were linted with (no progress, no cache), to lint them again changed (who --leaving). */
  setup: LintSetup;
  /**
   * Display paths of the files findings are reported for: those named, or in the folders named; with --changed-since,
   * the files named and the changed files in the folders named.
   */
  reported: ReadonlySet<string>;
  /** With --changed-since, the findings in other files that the change introduced: reported too. */
  introduced: ReadonlySet<Finding>;
  /** How many files were loaded. */
  files: number;
  /** Files named on the command line that are not governance files under the config: not checked. */
  ignored: string[];
  /** The files the run read, absolute: the config's and the governance files, which no report may replace. */
  read: string[];
  /** Of `read`, the governance files that were no symbolic link when listed. */
  regular: ReadonlySet<string>;
}

/**
 * Loads the whole governance repo under its root, so that references resolve wherever they point, and lints it,
 * with the Git history when a rule needs it; findings are reported only for the files and folders named (the whole
 * root when none is) and, with --changed-since, for the files named, the changed files in the folders named, and
 * every finding the change introduced elsewhere (see changed-since.ts).
 */
export async function runLint(paths: readonly string[], options: LintOptions): Promise<LintRun> {
  const today = options.today ?? localToday();
  if (!isDate(today)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not '${today}'`);
  const targets = await resolveTargets(paths);
  const config = await configFor(targets[0]!.absolute, options.config, options.code !== false);
  const root = await findRoot(options.root, config.dir, targets[0]!.isFolder ? targets[0]!.absolute : process.cwd());
  checkTargetsInRoot(targets, root);

  const discovered = await discoverFiles(root, config);
  // In the order of `files` below: those read, then those refused.
  const absolutePaths = [...discovered.files, ...discovered.refused.keys()];
  // A file named on the command line that the config does not include (a hook passes every staged *.yaml) is left out.
  const fileTargets = targets.filter((target) => !target.isFolder);
  const known = fileTargets.length > 0 ? new Set(absolutePaths) : undefined;
  const ignored = fileTargets.filter((target) => !known!.has(target.absolute) && !known!.has(target.real)).map((target) => displayPath(target.absolute, process.cwd()));
  const progress = progressOnStderr();
  const read = readFiles(discovered.files, { maxFileBytes: config.limits.maxFileBytes, onRead: (done, total) => progress.update('read', done, total) });
  const refused = [...discovered.refused].map(([path, problem]) => ({ path: displayPath(path, process.cwd()), text: '', problem }));
  const files = [...read, ...refused];
  const needs = historyNeeds(config.settings);
  const gitRoot = needs.size > 0 || options.changedSince !== undefined ? await gitRootOrNone(root) : undefined;
  // Not waited for here: git reads the history in other processes while the files are parsed.
  const history = gitRoot && needs.size > 0 ? loadHistory(gitRoot, files.map((file) => file.path), needs) : undefined;
  const setup = {
    kinds: config.kinds,
    adapters: config.adapters,
    builtinRoles: BUILTIN_ROLES,
    rules: config.settings,
    knownRules: new Set(config.rules.map((rule) => rule.meta.id)),
    today,
    limits: config.limits,
    ...(config.file === undefined ? {} : { configFile: config.file }),
    onParsed: (done: number, total: number) => progress.update('checked', done, total),
  };
  // Loaded only with --cache: it needs node:v8, which a check without it does not.
  const cache = options.cache || options.cacheLocation !== undefined ? (await import('./open-cache.js')).openCache(root, options.cacheLocation, config.limits, options.code !== false) : undefined;
  const threads = threadsFromEnvironment();
  const result = await lintInParallel(files, { ...setup, ...(cache ? { cache } : {}), ...(threads ? { threads } : {}) }, history);
  progress.end();
  if (cache) saveCache(cache);

  // The base is linted without progress, and without the cache, where its texts would replace the working tree's.
  const { onParsed, ...baseSetup } = setup;
  const change = options.changedSince === undefined
    ? undefined
    : await changeSince(options.changedSince, { gitRoot, root, files, absolutePaths, config, result, setup: { ...baseSetup, ...(threads ? { threads } : {}) }, history });
  const reported = new Set<string>();
  const targeted = targetMatcher(targets);
  const named = new Set(fileTargets.map((target) => target.absolute));
  files.forEach((file, index) => {
    const absolute = absolutePaths[index]!;
    if (named.has(absolute) || (targeted(absolute) && (!change || change.changed.has(file.path)))) reported.add(file.path);
  });
  return { config, root, today, result, setup: baseSetup, reported, introduced: change?.introduced ?? new Set(), files: files.length, ignored, read: [...(config.file === undefined ? [] : [resolve(config.file)]), ...absolutePaths], regular: regularFiles(discovered) };
}

function regularFiles({ files, links }: DiscoveredFiles): Set<string> {
  return new Set(links.size === 0 ? files : files.filter((file) => !links.has(file)));
}

/** GOVLINT_THREADS: how many threads to parse in, 1 for none but the main one; undefined when not set. */
function threadsFromEnvironment(): number | undefined {
  const value = process.env.GOVLINT_THREADS;
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new UsageError(`GOVLINT_THREADS must be a number of threads from 1 to 999, not '${value}'`);
  return Number(value);
}

/** A cache that cannot be written costs the next run time, not this run its result: said on stderr, and the run goes on. */
function saveCache(cache: ParseCache): void {
  try {
    cache.save();
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const where = displayPath(cache.file, process.cwd());
    writeStderr(`cannot write the cache to ${where} (${code ?? message}); the check is complete, but the next one will parse every file again`);
  }
}
