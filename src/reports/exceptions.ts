import type { Entity } from '../model/entity.js';
import type { Model } from '../model/model.js';
import { entityAt } from '../model/entity-at.js';
import { isExpired } from '../parse/suppressions.js';
import type { Suppression } from '../parse/source-file.js';
import { addDuration, compareDates, daysBetween } from '../util/dates.js';

/** Where a suppression stands: silencing findings, past its date, silencing nothing, or written so it cannot apply. */
export type ExceptionState = 'in-force' | 'expired' | 'unused' | 'invalid';

/** A `govlint-disable` comment as the steering committee reviews it: what it sets aside, why, who approved it, until when. */
export interface Exception {
  state: ExceptionState;
  rules: string[];
  file: string;
  line: number;
  column: number;
  /** The entity it is written in, when there is one. */
  entity?: { kind: string; id?: string };
  reason?: string;
  approvedBy?: string;
  until?: string;
  /** Days from today to `until` (negative once expired). */
  daysLeft?: number;
  /** In force and expiring within the window asked for. */
  expiring?: boolean;
  /** How many findings it silences. */
  silenced: number;
  /** Why it cannot apply (state `invalid`). */
  problem?: string;
}

const STATE_ORDER: Record<ExceptionState, number> = { 'in-force': 0, expired: 1, unused: 2, invalid: 3 };

/**
 * Every suppression of a linted model, in force first (soonest to expire first), then expired, unused and invalid
 * ones, each by file and line. Takes the model after suppressions were applied, so that `silenced` is counted.
 */
export function listExceptions(model: Model, today: string, expiringWithinDays: number): Exception[] {
  const horizon = addDuration(today, { amount: expiringWithinDays, unit: 'day' });
  const exceptions = model.suppressions.map((suppression) => exceptionOf(suppression, entityAt(model, suppression.file, suppression.range.start), today, horizon));
  return exceptions.sort(
    (a, b) =>
      STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
      (a.state === 'in-force' ? compareUntil(a.until, b.until) : 0) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line),
  );
}

function exceptionOf(suppression: Suppression, entity: Entity | undefined, today: string, horizon: string): Exception {
  const { line, column } = suppression.file.lines.position(suppression.range.start);
  const state: ExceptionState = suppression.problem ? 'invalid' : isExpired(suppression, today) ? 'expired' : suppression.matched === 0 ? 'unused' : 'in-force';
  const exception: Exception = { state, rules: [...suppression.rules], file: suppression.file.path, line, column, silenced: suppression.matched };
  if (entity) exception.entity = entity.id === undefined ? { kind: entity.kind } : { kind: entity.kind, id: entity.id };
  if (suppression.reason !== undefined) exception.reason = suppression.reason;
  if (suppression.approvedBy !== undefined) exception.approvedBy = suppression.approvedBy;
  if (suppression.until !== undefined && !suppression.problem) {
    exception.until = suppression.until;
    exception.daysLeft = daysBetween(today, suppression.until);
    if (state !== 'expired' && compareDates(suppression.until, horizon) <= 0) exception.expiring = true;
  }
  if (suppression.problem) exception.problem = suppression.problem;
  return exception;
}

/** Without an `until`, an exception never expires: it sorts last. */
function compareUntil(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return compareDates(a, b);
}
