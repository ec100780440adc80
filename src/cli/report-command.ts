import { dirname, relative, resolve, sep } from 'node:path';
import { optionsInForce } from '../config/options-in-force.js';
import { reportHtml, type LinkTo } from '../reports/format-report-html.js';
import { buildReport, type Report } from '../reports/report.js';
import type { TrendPoint } from '../reports/report-trend.js';
import { UsageError } from '../util/usage-error.js';
import { EXIT_CANNOT_CHECK } from './exit-code.js';
import { refuseReadFiles } from './output-specs.js';
import { runLint, type LintOptions, type LintRun } from './run-lint.js';
import { writeOutput } from './write-output.js';
import { writeStderr } from './write-stderr.js';

const MAX_MONTHS = 120;

export interface ReportOptions extends LintOptions {
  format: 'html' | 'json';
  output?: string;
  /** Link files to this URL (a hosted repository's file view) instead of relative paths. */
  linkBase?: string;
  /** The headline figures at the end of each of the last n months, from the register's Git history. */
  history?: number;
}

/**
 * `govlint report`: one self-contained HTML page for a steering committee (headline, program scorecards, the joint
 * risk register, the compliance calendar, the documentation audit, people and exceptions), or its data as JSON.
 */
export async function report(paths: string[], options: ReportOptions): Promise<number> {
  if (options.linkBase !== undefined && !/^https?:\/\/[^\s"<>]+$/.test(options.linkBase)) throw new UsageError(`--link-base must be an http(s) URL, not '${options.linkBase}'`);
  if (options.history !== undefined && (options.history < 1 || options.history > MAX_MONTHS)) throw new UsageError(`--history must be a number of months from 1 to ${MAX_MONTHS}, not ${options.history}`);
  const run = await runLint(paths, options);
  if (options.output) refuseReadFiles([{ report: 'report', file: options.output }], run.read, run.regular);
  const enabled = new Set(run.config.settings.map(({ rule }) => rule.meta.id));
  const built = buildReport({ result: run.result, today: run.today, enabled, reported: run.reported, overload: overloadSettings(run) });
  const trend = options.history === undefined ? undefined : await (await import('./report-history.js')).reportHistory(run, options.history, enabled);
  const text = options.format === 'json' ? reportJson(built, trend) : reportHtml(built, { link: linkTo(run.root, options), ...(trend ? { trend } : {}) });
  await writeOutput(text, options.output);
  // The page is written, but what a failed rule would have found is missing from it: said, as check says it.
  for (const failure of run.result.failures) writeStderr(`rule ${failure.ruleId} failed, so the report is incomplete: ${failure.reason}`);
  return run.result.failures.length > 0 ? EXIT_CANNOT_CHECK : 0;
}

/** person/overload's options in force, so that the report counts load as the rule does. */
function overloadSettings(run: LintRun): { max?: number; ignoreKinds: string[] } {
  const overload = optionsInForce(run.config, 'person/overload')!;
  return { ...(overload.on ? { max: overload.options.max as number } : {}), ignoreKinds: overload.options.ignoreKinds as string[] };
}

function reportJson(built: Report, trend: TrendPoint[] | undefined): string {
  return `${JSON.stringify(trend ? { ...built, trend } : built, null, 2)}\n`;
}

/**
 * Links to a file's line: on the hosted repository under `--link-base` (`<base>/<path from the root>#L<line>`), else
 * relative from the report's folder (the working folder for stdout), so that the page works from a CI artifact.
 */
function linkTo(root: string, options: ReportOptions): LinkTo {
  const from = options.output ? dirname(resolve(options.output)) : process.cwd();
  if (options.linkBase !== undefined) {
    const base = options.linkBase.replace(/\/+$/, '');
    return (file, line) => `${base}/${encodePath(relative(root, resolve(file)))}#L${line}`;
  }
  return (file, line) => `${encodePath(relative(from, resolve(file)))}#L${line}`;
}

function encodePath(path: string): string {
  return path.split(sep).map(encodeURIComponent).join('/');
}
