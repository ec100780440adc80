// Risks and Systems with compliance obligations past review/overdue's default intervals (REVIEW_DAYS), or asking
// for less than the monthly risk review; and a late Risk review that a suppression comment silences. Closed Risks and
// retired Systems are out of the cadence, so they are not picked.

import { COMPLIANCE, REVIEW_DAYS, SUPPRESSED, commentAbove, isoDate } from '../../entities.mjs';

const openRisk = (entity) => entity.data.status !== 'closed';
const inService = (entity) => entity.data.lifecycle !== 'retired';

export const injectors = [
  {
    name: 'risk-overdue', kinds: ['Risk'], eligible: openRisk,
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(ctx.random.between(REVIEW_DAYS.Risk + 4, REVIEW_DAYS.Risk + 169));
      return { 'review/overdue': 1 };
    },
  },
  // Second: a small repo plants two or three defects a rule, and the first of them is a finding.
  {
    name: 'silenced-risk-review', kinds: ['Risk'], eligible: openRisk,
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(ctx.random.between(REVIEW_DAYS.Risk + 9, REVIEW_DAYS.Risk + 119));
      commentAbove(entity, 'reviewed', 'govlint-disable-next-line review/overdue -- reviewed at the steering committee; minutes to follow');
      return { [SUPPRESSED]: 1 };
    },
  },
  {
    name: 'compliance-overdue', kinds: ['System'],
    eligible: (entity) => entity.data.compliance.length > 0 && inService(entity),
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(ctx.random.between(REVIEW_DAYS.System + 8, REVIEW_DAYS.System + 308));
      return { 'review/overdue': 1 };
    },
  },
  {
    name: 'risk-never-reviewed', kinds: ['Risk'], eligible: openRisk,
    apply(entity) {
      delete entity.data.reviewed;
      return { 'review/overdue': 1 };
    },
  },
  {
    // A System last reviewed long ago becomes subject to a regulation: it is due for its compliance review.
    name: 'new-compliance-obligation', kinds: ['System'],
    eligible: (entity) => entity.data.compliance.length === 0 && inService(entity) && entity.data.reviewed < isoDate(REVIEW_DAYS.System + 8),
    apply(entity, ctx) {
      entity.data.compliance = [ctx.random.pick(COMPLIANCE)];
      return { 'review/overdue': 1 };
    },
  },
  {
    name: 'risk-reviewed-in-future', kinds: ['Risk'], eligible: openRisk,
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(-ctx.random.between(1, 30));
      return { 'review/overdue': 1 };
    },
  },
  {
    name: 'risk-review-beyond-ceiling', kinds: ['Risk'], eligible: openRisk,
    apply(entity) {
      entity.data.reviewEvery = '1 year';
      return { 'review/overdue': 1 };
    },
  },
];
