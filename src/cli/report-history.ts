import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { lintInParallel } from '../engine/lint.js';
import { commitFiles, readBlobs } from '../git/base-tree.js';
import { runGit } from '../git/run-git.js';
import { fileMatcher } from '../io/file-matcher.js';
import { displayPath, textOf, tooLarge, type InputFile } from '../io/read-files.js';
import { buildReport, type Headline } from '../reports/report.js';
import type { TrendPoint } from '../reports/report-trend.js';
import { addDuration, compareDates } from '../util/dates.js';
import { UsageError } from '../util/usage-error.js';
import { gitRootOrNone } from './find-root.js';
import type { LintRun } from './run-lint.js';

/**
 * The headline figures at the end of each of the last `months` months (the current one ending today), each from the
 * register as it was at the last commit on or before that day: its files read with `git ls-tree` and `git
 * cat-file`, never checked out, and linted with the run's config as on that day. A month before the first commit has
 * no figures; two months at the same commit are linted once.
 */
export async function reportHistory(run: LintRun, months: number, enabled: ReadonlySet<string>): Promise<TrendPoint[]> {
  const gitRoot = await gitRootOrNone(run.root);
  if (!gitRoot) throw new UsageError('--history needs a Git repository, and this folder is in none');
  const prefix = relative(gitRoot, realpathSync.native(run.root)).split(sep).join('/');
  const under = prefix === '' ? '' : `${prefix}/`;
  const discovered = fileMatcher(run.config).matches;
  const byCommit = new Map<string, Promise<InputFile[]>>();
  const points: TrendPoint[] = [];
  for (const day of monthEnds(run.today, months)) {
    const commit = await commitOn(gitRoot, day);
    const point: TrendPoint = { month: day.slice(0, 7) };
    if (commit) {
      if (!byCommit.has(commit)) byCommit.set(commit, filesAt(gitRoot, commit, under, discovered, run));
      point.commit = commit.slice(0, 12);
      point.headline = await headlineOf(await byCommit.get(commit)!, day, run, enabled);
    }
    points.push(point);
  }
  return points;
}

/** The last day of each of the last `count` months, oldest first; the current month's is today. */
function monthEnds(today: string, count: number): string[] {
  const days: string[] = [];
  let month = today.slice(0, 7);
  for (let index = 0; index < count; index += 1) {
    const next = addDuration(`${month}-01`, { amount: 1, unit: 'month' });
    const end = addDuration(next, { amount: -1, unit: 'day' });
    days.unshift(compareDates(end, today) > 0 ? today : end);
    month = addDuration(`${month}-01`, { amount: -1, unit: 'month' }).slice(0, 7);
  }
  return days;
}

/** The last commit of HEAD's history committed on or before the end of a day (UTC), or undefined when there is none. */
async function commitOn(gitRoot: string, day: string): Promise<string | undefined> {
  try {
    return (await runGit(['rev-list', '-1', `--before=${day}T23:59:59Z`, 'HEAD'], { cwd: gitRoot })).trim() || undefined;
  } catch {
    // HEAD without a commit yet.
    return undefined;
  }
}

async function filesAt(gitRoot: string, commit: string, under: string, discovered: (path: string) => boolean, run: LintRun): Promise<InputFile[]> {
  const listed = [...(await commitFiles(gitRoot, commit))].filter(([path]) => path.startsWith(under) && discovered(path.slice(under.length)));
  const max = run.config.limits.maxFileBytes;
  const blobs = await readBlobs(gitRoot, [...new Set(listed.filter(([, blob]) => blob.size <= max).map(([, blob]) => blob.object))]);
  return listed.map(([path, blob]) => {
    const bytes = blobs.get(blob.object);
    return { path: displayPath(resolve(run.root, path.slice(under.length)), process.cwd()), ...(bytes ? textOf(bytes) : { text: '', problem: tooLarge(blob.size, max) }) };
  });
}

async function headlineOf(files: InputFile[], day: string, run: LintRun, enabled: ReadonlySet<string>): Promise<Headline> {
  const result = await lintInParallel(files, { ...run.setup, today: day });
  return buildReport({ result, today: day, enabled, reported: new Set(files.map((file) => file.path)) }).headline;
}
