import { join, relative, resolve, sep } from 'node:path';
import { addDuration, compareDates } from '../util/dates.js';
import { digestPages } from '../reports/digest.js';
import { digestDocument, digestPage, type LinkTo } from '../reports/format-digest.js';
import { refuseReadFiles } from './output-specs.js';
import { runLint, type LintOptions } from './run-lint.js';
import { writeFiles } from './write-files.js';
import { writeOutput } from './write-output.js';
import { writeStderr } from './write-stderr.js';

export interface DigestCommandOptions extends LintOptions {
  /** A folder to write one page per person into, `<person id>.md`; stdout gets one document otherwise. */
  out?: string;
  /** How many days ahead "falling due" looks. */
  days: number;
}

/**
 * `govlint digest`: a page for each person who owns a finding or has something falling due, with their findings
 * grouped by entity and linked to file and line, ready for a CI job to mail or post. Findings suppressed by an
 * exception are left out, as `check` leaves them out. Exits 0: it is a report, not a gate.
 */
export async function digest(paths: string[], options: DigestCommandOptions): Promise<number> {
  const run = await runLint(paths, options);
  const findings = run.result.findings.filter((finding) => !finding.suppression && run.reported.has(finding.file));
  const until = addDuration(run.today, { amount: options.days, unit: 'day' });
  // What is overdue is a finding already; the digest looks ahead, from today to the end of the window.
  const due = run.result.due.filter((item) => !item.overdue && run.reported.has(item.file) && compareDates(item.date, until) <= 0);
  const pages = digestPages(findings, due);
  const cwd = process.cwd();
  if (options.out === undefined) {
    const linkTo: LinkTo = (file, line) => `${file}#L${line}`;
    await writeOutput(digestDocument(pages, { today: run.today, until, linkTo }));
    return 0;
  }
  const out = resolve(options.out);
  // Links lead from the page's folder to the file, wherever the folder is.
  const linkTo: LinkTo = (file, line) => `${relative(out, resolve(cwd, file)).split(sep).join('/')}#L${line}`;
  const files = pages.map((page) => ({ path: `${fileName(page.id)}.md`, text: digestPage(page, { today: run.today, until, linkTo }) }));
  refuseReadFiles(files.map(({ path }) => ({ report: 'digest', file: join(out, path) })), run.read);
  const { written } = writeFiles(out, files, true);
  writeStderr(`wrote ${written.length} digest page${written.length === 1 ? '' : 's'} to ${options.out}`);
  return 0;
}

/** A person id as a file name: an id is letters, digits, `.`, `_` and `-`; anything else (an id schema/valid rejects) is percent-encoded. */
function fileName(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._-]/g, (char) => `%${char.codePointAt(0)!.toString(16).toUpperCase()}`);
  return /^\.+$/.test(safe) || safe === '' ? `%2E${safe.slice(1)}` : safe;
}
