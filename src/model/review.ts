import { addDuration, compareDates, daysBetween, formatDuration, isDate, isLonger, parseDuration, type Duration } from '../util/dates.js';
import type { Entity } from './entity.js';
import type { Commit, History } from './history.js';

/** Why an entity without a `reviewed` date got none from Git either. */
export type NoGitDate = 'no-history' | 'uncommitted' | 'modified';

/** Where an entity stands with its periodic review on a given day. */
export type ReviewState =
  | { state: 'never'; interval: Duration; noGitDate?: NoGitDate }
  | { state: 'future'; interval: Duration; reviewed: string }
  | { state: 'overdue'; interval: Duration; reviewed: string; due: string; commit?: Commit }
  | { state: 'current'; interval: Duration; reviewed: string; due: string; commit?: Commit };

/** Take a missing `reviewed` date from the last commit to the entity's file (a rule's `reviewedFromGit` option). */
export interface FromGit {
  /** `model.history`: undefined outside a Git repository. */
  history: History | undefined;
}

/**
 * The review state of an entity from its `reviewed` date and its review interval: its own `reviewEvery` when that
 * is valid, but never longer than `ceiling` when one is given, else `fallback`. Undefined when `reviewed` is not a
 * real date, which is a schema/valid finding already. With `fromGit`, an entity without `reviewed` counts as
 * reviewed on the day of the last commit to its file, unless the file is not committed, has uncommitted changes, or
 * there is no history; its state then says which.
 */
export function reviewState(entity: Entity, fallback: Duration, today: string, fromGit?: FromGit, ceiling?: Duration): ReviewState | undefined {
  const { reviewed } = entity.data;
  const own = ownInterval(entity);
  const interval = own && ceiling && isLonger(own, ceiling) ? ceiling : (own ?? fallback);
  if (reviewed === undefined) return fromGit ? reviewFromGit(entity, interval, today, fromGit.history) : { state: 'never', interval };
  if (typeof reviewed !== 'string' || !isDate(reviewed)) return undefined;
  if (compareDates(reviewed, today) > 0) return { state: 'future', interval, reviewed };
  const due = addDuration(reviewed, interval);
  return { state: compareDates(due, today) < 0 ? 'overdue' : 'current', interval, reviewed, due };
}

/** The entity's own `reviewEvery`, when it is a valid duration. */
export function ownInterval(entity: Entity): Duration | undefined {
  const { reviewEvery } = entity.data;
  return (typeof reviewEvery === 'string' && parseDuration(reviewEvery)) || undefined;
}

function reviewFromGit(entity: Entity, interval: Duration, today: string, history: History | undefined): ReviewState {
  const file = history?.commitState(entity.document.file.path);
  if (!file) return { state: 'never', interval, noGitDate: 'no-history' };
  if (file.state !== 'committed') return { state: 'never', interval, noGitDate: file.state };
  const { lastCommit } = file;
  // A commit after --today is as recent as a review gets, not a date anyone wrote down wrongly.
  const due = addDuration(lastCommit.date, interval);
  return { state: compareDates(due, today) < 0 ? 'overdue' : 'current', interval, reviewed: lastCommit.date, due, commit: lastCommit };
}

/** What a "never reviewed" message adds when the rule looked in Git for a date and found none; empty otherwise. */
export function noGitDateReason(review: { noGitDate?: NoGitDate }): string {
  switch (review.noGitDate) {
    case 'no-history':
      return ' (no `reviewed` date, and no Git history to take one from)';
    case 'uncommitted':
      return ' (no `reviewed` date, and the file is not committed)';
    case 'modified':
      return ' (no `reviewed` date, and the file has uncommitted changes)';
    case undefined:
      return '';
  }
}

/** The last review as messages show it: the `reviewed` date, or the date of the commit it was taken from. */
export function lastReviewed(review: { reviewed: string; commit?: Commit }): string {
  return review.commit ? `${review.reviewed} (the last commit to its file, ${review.commit.shortHash}, as it has no \`reviewed\` date)` : review.reviewed;
}

/** What to do with the date once reviewed: update `reviewed`, or write one when the date came from Git. */
export function recordReview(review: { commit?: Commit }): string {
  return review.commit ? 'record the date as `reviewed: YYYY-MM-DD`' : 'update `reviewed`';
}

/** A review finding: a note when it announces a review coming due, else at the rule's severity. */
export interface ReviewFinding {
  message: string;
  severity?: 'note';
}

/** What a review finding says beyond the state: what the review is for and when to announce it. */
export interface ReviewWording {
  /** What the review is for, as words to put after "review it" (` in the joint risk review`), or empty. */
  purpose?: string | undefined;
  /** Announce a review this long before it falls due, as a note; undefined announces nothing. */
  announce?: Duration | undefined;
}

/**
 * The finding a review state calls for, or undefined when the review is current and not yet to be announced: what
 * is wrong, and what to do.
 */
export function reviewFinding(name: string, review: ReviewState, today: string, wording: ReviewWording = {}): ReviewFinding | undefined {
  const { purpose = '', announce } = wording;
  const every = formatDuration(review.interval);
  switch (review.state) {
    case 'never':
      return { message: `${name} has never been reviewed${noGitDateReason(review)}: review it every ${every}${purpose} and record the date as \`reviewed: YYYY-MM-DD\`.` };
    case 'future':
      return { message: `${name} has a review date in the future (${review.reviewed}, today is ${today}): record the date the review actually took place.` };
    case 'overdue':
      return {
        message: `${name} is overdue for review: last reviewed ${lastReviewed(review)}, due every ${every}, so due ${review.due}. Review it${purpose} and ${recordReview(review)}.`,
      };
    case 'current': {
      if (!announce || compareDates(review.due, addDuration(today, announce)) > 0) return undefined;
      const days = daysBetween(today, review.due);
      const when = days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`;
      return {
        message: `${name} falls due for review on ${review.due}, ${when} (last reviewed ${lastReviewed(review)}, due every ${every}): review it${purpose} ${days === 0 ? 'today' : 'by then'} and ${recordReview(review)}.`,
        severity: 'note',
      };
    }
  }
}
