import { buildCalendar } from '../reports/calendar.js';
import { calendarIcs, calendarJson, calendarMarkdown, calendarText } from '../reports/format-calendar.js';
import { isDate } from '../util/dates.js';
import { UsageError } from '../util/usage-error.js';
import { refuseReadFiles } from './output-specs.js';
import { runLint, type LintOptions } from './run-lint.js';
import { writeOutput } from './write-output.js';

const FORMATTERS = { text: calendarText, json: calendarJson, markdown: calendarMarkdown, ics: calendarIcs };

const MAX_DAYS = 36_500;

export interface CalendarOptions extends LintOptions {
  format: keyof typeof FORMATTERS;
  output?: string;
  /** The window's first day, YYYY-MM-DD; default the day the rules take as today. */
  from?: string;
  /** How many days the window runs after `from`. */
  days: number;
}

/**
 * `govlint calendar`: what falls due (reviews, the end of exceptions and of risk acceptances) in a window, from the
 * due dates the rules compute as they check the register, so that the calendar and the overdue findings agree.
 */
export async function calendar(paths: string[], options: CalendarOptions): Promise<number> {
  if (options.from !== undefined && !isDate(options.from)) throw new UsageError(`--from must be a date written YYYY-MM-DD, not '${options.from}'`);
  if (options.days > MAX_DAYS) throw new UsageError(`--days must be at most ${MAX_DAYS} (a hundred years), not ${options.days}`);
  const run = await runLint(paths, options);
  const due = run.result.due.filter((item) => run.reported.has(item.file));
  if (options.output) refuseReadFiles([{ report: 'calendar', file: options.output }], run.read);
  await writeOutput(FORMATTERS[options.format](buildCalendar(due, options.from ?? run.today, options.days)), options.output);
  return 0;
}
