import type { DueDate } from '../engine/locate-due.js';
import { addDuration, compareDates } from '../util/dates.js';

/** The compliance calendar of a window: what is overdue, then what falls due in the window, month by month. */
export interface Calendar {
  /** The first day of the window, YYYY-MM-DD. */
  from: string;
  /** The last day of the window, included: `from` plus the number of days asked for. */
  to: string;
  /** Everything overdue on the day the rules took as today, whatever its date: the oldest first. */
  overdue: DueDate[];
  /** What falls due from `from` to `to` and is not overdue, by month (`2026-12`), in date order. */
  months: Array<{ month: string; due: DueDate[] }>;
}

/**
 * The calendar of a lint result's due dates (`LintResult.due`, already in date order) over `days` days from `from`:
 * the window includes both ends, as `--days` does for `govlint exceptions`.
 */
export function buildCalendar(due: readonly DueDate[], from: string, days: number): Calendar {
  const to = addDuration(from, { amount: days, unit: 'day' });
  const months = new Map<string, DueDate[]>();
  for (const item of due) {
    if (item.overdue || compareDates(item.date, from) < 0 || compareDates(item.date, to) > 0) continue;
    const month = item.date.slice(0, -3);
    const list = months.get(month);
    if (list) list.push(item);
    else months.set(month, [item]);
  }
  return { from, to, overdue: due.filter((item) => item.overdue), months: [...months].map(([month, items]) => ({ month, due: items })) };
}
