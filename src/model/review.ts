import { addDuration, isDate, parseDuration, type Duration } from '../util/dates.js';
import type { Entity } from './entity.js';

/** Where an entity stands with its periodic review on a given day. */
export type ReviewState =
  | { state: 'never'; interval: Duration }
  | { state: 'future'; interval: Duration; reviewed: string }
  | { state: 'overdue'; interval: Duration; reviewed: string; due: string }
  | { state: 'current'; interval: Duration; reviewed: string; due: string };

/**
 * The review state of an entity from its `reviewed` date and its review interval: its own `reviewEvery` when that
 * is valid, else `fallback`. Undefined when `reviewed` is not a real date, which is a schema/valid finding already.
 */
export function reviewState(entity: Entity, fallback: Duration, today: string): ReviewState | undefined {
  const { reviewed, reviewEvery } = entity.data;
  const interval = (typeof reviewEvery === 'string' && parseDuration(reviewEvery)) || fallback;
  if (reviewed === undefined) return { state: 'never', interval };
  if (typeof reviewed !== 'string' || !isDate(reviewed)) return undefined;
  if (reviewed > today) return { state: 'future', interval, reviewed };
  const due = addDuration(reviewed, interval);
  return { state: due < today ? 'overdue' : 'current', interval, reviewed, due };
}
