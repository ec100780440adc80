/**
 * Calendar dates as YYYY-MM-DD strings; no time zones are involved. A date a duration moves past year 9999 has more
 * digits of year (`12025-11-22`), so dates are compared with `compareDates`, never as text.
 */

export interface Duration {
  amount: number;
  unit: 'day' | 'week' | 'month' | 'year';
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DURATION = /^([1-9][0-9]{0,3}) (day|week|month|year)s?$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parseDuration(text: string): Duration | undefined {
  const match = DURATION.exec(text);
  return match ? { amount: Number(match[1]), unit: match[2] as Duration['unit'] } : undefined;
}

/**
 * Adds a duration to a date. Months and years keep the day of the month where they can and clamp to the month's
 * last day where they cannot: 2026-08-31 + 6 months = 2027-02-28.
 */
export function addDuration(date: string, { amount, unit }: Duration): string {
  const [year, month, day] = partsOf(date);
  if (unit === 'day' || unit === 'week') {
    // setUTCFullYear rolls the days over into months and years; unlike Date.UTC it takes years below 100 as written,
    // and unlike toISOString the result is written with a year past 9999 as it is.
    const moved = new Date(0);
    moved.setUTCFullYear(year, month - 1, day + amount * (unit === 'week' ? 7 : 1));
    return formatDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
  }
  const months = year * 12 + (month - 1) + amount * (unit === 'year' ? 12 : 1);
  const newYear = Math.floor(months / 12);
  const newMonth = (months % 12) + 1;
  return formatDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** Negative when date `a` is before `b`, 0 on the same day, positive after: by year, month and day as numbers. */
export function compareDates(a: string, b: string): number {
  const [yearA, monthA, dayA] = partsOf(a);
  const [yearB, monthB, dayB] = partsOf(b);
  return yearA - yearB || monthA - monthB || dayA - dayB;
}

/**
 * Year, month and day of a date as numbers: what `date.split('-').map(Number)` gives, without the arrays and strings
 * that cost when every entity of a large repo has dates to compare. Text other than YYYY-MM-DD takes that path.
 */
function partsOf(date: string): [number, number, number] {
  const length = date.length;
  if (length < 10 || length > 20 || date.charCodeAt(length - 3) !== DASH || date.charCodeAt(length - 6) !== DASH) return date.split('-').map(Number) as [number, number, number];
  const year = digits(date, 0, length - 6);
  const month = digits(date, length - 5, length - 3);
  const day = digits(date, length - 2, length);
  return year < 0 || month < 0 || day < 0 ? (date.split('-').map(Number) as [number, number, number]) : [year, month, day];
}

const DASH = 0x2d;

/** The number the decimal digits from `start` to `end` write, or -1 when another character is among them. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let at = start; at < end; at++) {
    const digit = text.charCodeAt(at) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Today in the local time zone, the day the user sees on their calendar. */
export function localToday(now = new Date()): string {
  return formatDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Whether duration `a` is longer than `b`: compared by the dates they reach from the same day, so `4 weeks` is shorter than `1 month`. */
export function isLonger(a: Duration, b: Duration): boolean {
  const from = '2001-01-01';
  return compareDates(addDuration(from, a), addDuration(from, b)) > 0;
}

/** The number of days from date `a` to date `b`: negative when `b` comes first. */
export function daysBetween(a: string, b: string): number {
  const day = (date: string) => {
    const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
    const time = new Date(0);
    time.setUTCFullYear(year, month - 1, dayOfMonth);
    return time.getTime() / 86_400_000;
  };
  return day(b) - day(a);
}

export function formatDuration({ amount, unit }: Duration): string {
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
