import { compareDates, isDate } from '../util/dates.js';
import type { Entity } from './entity.js';

/**
 * The day a Person left, when their `leftOn` is a date on or before `today`. The date counts whatever `status`
 * says: it is what HR records, and `status` is the field most often updated late.
 */
export function leftOn(person: Entity, today: string): string | undefined {
  const date = person.data.leftOn;
  return typeof date === 'string' && isDate(date) && compareDates(date, today) <= 0 ? date : undefined;
}

/** Whether a Person has left by `today`: `status: left`, or a `leftOn` that has come. */
export function hasLeft(person: Entity, today: string): boolean {
  return person.data.status === 'left' || leftOn(person, today) !== undefined;
}
