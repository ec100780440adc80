import type { RuleContext } from './types.js';
import type { Entity } from '../model/entity.js';
import { describeEntity } from '../model/entity.js';
import { ownInterval, reviewFinding, reviewState, type FromGit, type ReviewState } from '../model/review.js';
import { formatDuration, isLonger, type Duration } from '../util/dates.js';

const DURATION_OR_OFF = '^([1-9][0-9]{0,3} (day|week|month|year)s?|off)$';

/** The options schemas the review rules share: an interval or `off`, announcing, and dates from Git. */
export const REVIEW_OPTIONS = {
  interval: { title: "a duration such as '2 weeks', '1 month' or '6 months', or 'off'", type: 'string', pattern: DURATION_OR_OFF },
  announce: {
    title: "a duration such as '14 days' or '1 month', or 'off'",
    description:
      'Announce a review this long before it falls due, as a note (notes never fail a check), so that the meeting that reviews it can plan it; `off` (the default) announces nothing.',
    type: 'string',
    pattern: DURATION_OR_OFF,
    default: 'off',
  },
  reviewedFromGit: {
    description:
      "Take a missing `reviewed` date from the last commit that touched the entity's file (see Review dates from Git in docs/stale's page). Off when left out; govlint reads the Git history only when it is on.",
    type: 'boolean',
  },
} as const;

/** How an entity's review is checked: its cadence, what the review is for, and when it is announced. */
export interface ReviewCadence {
  /** The interval when the entity has no `reviewEvery` of its own. */
  interval: Duration;
  /** The longest `reviewEvery` allowed, and the practice it comes from (`the joint risk review`); none for no limit. */
  ceiling?: { interval: Duration; practice: string } | undefined;
  /** What the review is for, as words to put after "review it" (` in the joint risk review`). */
  purpose?: string | undefined;
  /** Announce a review this long before it falls due, as a note. */
  announce?: Duration | undefined;
  fromGit?: FromGit | undefined;
}

/**
 * Checks an entity's periodic review and reports what is wrong at `reviewed` (never reviewed, dated in the future,
 * overdue, or a note that it falls due soon; the finding's owners say who is accountable); and, at `reviewEvery`, an
 * interval longer than the ceiling, holding the entity to the ceiling instead. Gives `due` (when the context has
 * it) the date the review falls due, for the compliance calendar. Returns the review state.
 */
export function checkReview(context: Pick<RuleContext, 'today' | 'report'> & Partial<Pick<RuleContext, 'due'>>, entity: Entity, cadence: ReviewCadence): ReviewState | undefined {
  const { today, report, due } = context;
  const { interval, ceiling, purpose, announce, fromGit } = cadence;
  const name = describeEntity(entity);
  const own = ownInterval(entity);
  if (ceiling && own && isLonger(own, ceiling.interval)) {
    const limit = formatDuration(ceiling.interval);
    report({
      entity,
      path: ['reviewEvery'],
      message: `${name} is to be reviewed every ${formatDuration(own)}, longer than ${ceiling.practice} allows (every ${limit} at the most): shorten \`reviewEvery\` to ${limit} or less. Until then it is held to ${limit}.`,
    });
  }
  const review = reviewState(entity, interval, today, fromGit, ceiling?.interval);
  const finding = review && reviewFinding(name, review, today, { purpose, announce });
  if (finding) report({ entity, path: ['reviewed'], ...finding });
  // The calendar's dates are the ones the finding states: never reviewed is overdue now.
  const what = `review${purpose ?? ''}`;
  if (review?.state === 'never') due?.({ entity, path: ['reviewed'], date: today, what, overdue: true });
  else if (review?.state === 'overdue' || review?.state === 'current') due?.({ entity, path: ['reviewed'], date: review.due, what });
  return review;
}
