import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDuration, compareDates, formatDuration, isDate, localToday, parseDuration } from '../../src/util/dates.js';

describe('isDate', () => {
  it.each(['2026-11-22', '2026-01-01', '2026-12-31', '2026-02-28', '2026-04-30'])('accepts %s', (text) => {
    expect(isDate(text)).toBe(true);
  });

  it('knows leap years: every fourth year, not centuries, but every fourth century', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2028-02-29')).toBe(true);
    expect(isDate('2000-02-29')).toBe(true);
    expect(isDate('2026-02-29')).toBe(false);
    expect(isDate('1900-02-29')).toBe(false);
    expect(isDate('2100-02-29')).toBe(false);
  });

  it.each(['2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32'])('refuses the day that does not exist: %s', (text) => {
    expect(isDate(text)).toBe(false);
  });

  it.each(['2026-1-5', '26-01-05', '2026/01/05', '2026-01-05T00:00:00Z', ' 2026-01-05', '2026-01-05\n', 'today', ''])(
    'refuses what is not written YYYY-MM-DD: %j',
    (text) => {
      expect(isDate(text)).toBe(false);
    },
  );
});

describe('parseDuration', () => {
  it('reads an amount and a unit, singular or plural', () => {
    expect(parseDuration('30 days')).toEqual({ amount: 30, unit: 'day' });
    expect(parseDuration('1 day')).toEqual({ amount: 1, unit: 'day' });
    expect(parseDuration('2 weeks')).toEqual({ amount: 2, unit: 'week' });
    expect(parseDuration('6 months')).toEqual({ amount: 6, unit: 'month' });
    expect(parseDuration('1 year')).toEqual({ amount: 1, unit: 'year' });
    expect(parseDuration('9999 years')).toEqual({ amount: 9999, unit: 'year' });
  });

  it.each(['0 days', '10000 days', '6 mnths', '6months', '6  months', 'six months', '-1 day', '1.5 years', '6 Months', 'P6M', ''])(
    'refuses %j',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});

describe('addDuration', () => {
  it('adds days across month and year ends', () => {
    expect(addDuration('2026-11-22', { amount: 1, unit: 'day' })).toBe('2026-11-23');
    expect(addDuration('2026-01-31', { amount: 1, unit: 'day' })).toBe('2026-02-01');
    expect(addDuration('2026-12-31', { amount: 1, unit: 'day' })).toBe('2027-01-01');
    expect(addDuration('2024-02-28', { amount: 1, unit: 'day' })).toBe('2024-02-29');
    expect(addDuration('2026-02-28', { amount: 1, unit: 'day' })).toBe('2026-03-01');
    expect(addDuration('2026-01-01', { amount: 365, unit: 'day' })).toBe('2027-01-01');
  });

  it('adds weeks as seven days, whatever daylight saving does', () => {
    expect(addDuration('2026-10-01', { amount: 4, unit: 'week' })).toBe('2026-10-29');
    expect(addDuration('2026-03-25', { amount: 1, unit: 'week' })).toBe('2026-04-01');
    expect(addDuration('2026-12-28', { amount: 2, unit: 'week' })).toBe('2027-01-11');
  });

  it('adds months keeping the day of the month', () => {
    expect(addDuration('2026-01-15', { amount: 1, unit: 'month' })).toBe('2026-02-15');
    expect(addDuration('2026-05-22', { amount: 6, unit: 'month' })).toBe('2026-11-22');
    expect(addDuration('2026-11-30', { amount: 2, unit: 'month' })).toBe('2027-01-30');
    expect(addDuration('2026-01-10', { amount: 24, unit: 'month' })).toBe('2028-01-10');
  });

  it('clamps months to the last day of a shorter month', () => {
    expect(addDuration('2026-08-31', { amount: 6, unit: 'month' })).toBe('2027-02-28');
    expect(addDuration('2027-08-31', { amount: 6, unit: 'month' })).toBe('2028-02-29');
    expect(addDuration('2026-01-31', { amount: 1, unit: 'month' })).toBe('2026-02-28');
    expect(addDuration('2026-03-31', { amount: 1, unit: 'month' })).toBe('2026-04-30');
    expect(addDuration('2026-12-31', { amount: 12, unit: 'month' })).toBe('2027-12-31');
  });

  it('adds years, moving 29 February to 28 February outside leap years', () => {
    expect(addDuration('2026-11-22', { amount: 1, unit: 'year' })).toBe('2027-11-22');
    expect(addDuration('2024-02-29', { amount: 1, unit: 'year' })).toBe('2025-02-28');
    expect(addDuration('2024-02-29', { amount: 4, unit: 'year' })).toBe('2028-02-29');
    expect(addDuration('2096-02-29', { amount: 4, unit: 'year' })).toBe('2100-02-28');
  });
});

describe('addDuration past year 9999 and before year 100', () => {
  it('writes the year with as many digits as it has, for every unit', () => {
    expect(addDuration('2026-11-22', { amount: 9999, unit: 'year' })).toBe('12025-11-22');
    expect(addDuration('9999-12-31', { amount: 1, unit: 'day' })).toBe('10000-01-01');
    expect(addDuration('9999-12-01', { amount: 9999, unit: 'week' })).toBe('10191-07-20');
    expect(addDuration('0050-12-31', { amount: 1, unit: 'day' })).toBe('0051-01-01');
  });
});

describe('compareDates', () => {
  it('orders dates by year, month and day, whatever the digits of the year', () => {
    expect(compareDates('12025-11-22', '2026-11-22')).toBeGreaterThan(0);
    expect(compareDates('2026-11-22', '12025-11-22')).toBeLessThan(0);
    expect(compareDates('2026-11-22', '2026-11-22')).toBe(0);
    expect(compareDates('2026-02-01', '2026-01-31')).toBeGreaterThan(0);
  });

  const SEED = 20261205;
  it(`compares any text of digits and dashes as its parts split at the dashes compare (fast-check seed ${SEED})`, () => {
    const bySplit = (a: string, b: string) => {
      const [yearA, monthA, dayA] = a.split('-').map(Number) as [number, number, number];
      const [yearB, monthB, dayB] = b.split('-').map(Number) as [number, number, number];
      return yearA - yearB || monthA - monthB || dayA - dayB;
    };
    const text = fc.oneof(
      fc.stringMatching(/^[0-9]{1,16}-[0-9]{2}-[0-9]{2}$/),
      fc.stringMatching(/^[0-9a-]{0,22}$/),
      fc.constantFrom('2026-11-22', '0050-12-31', '12025-11-22', '2026-1-22', '-2026-11-22', '2026-11-2x'),
    );
    fc.assert(fc.property(text, text, (a, b) => Object.is(compareDates(a, b), bySplit(a, b))), { seed: SEED, numRuns: 2000 });
  });
});

describe('formatDuration', () => {
  it('writes the unit singular for one and plural otherwise', () => {
    expect(formatDuration({ amount: 1, unit: 'day' })).toBe('1 day');
    expect(formatDuration({ amount: 6, unit: 'month' })).toBe('6 months');
    expect(formatDuration({ amount: 2, unit: 'year' })).toBe('2 years');
  });
});

describe('localToday', () => {
  it('writes the local calendar day as YYYY-MM-DD', () => {
    expect(localToday(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
    expect(localToday(new Date(2027, 0, 5, 0, 1))).toBe('2027-01-05');
  });
});
