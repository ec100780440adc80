// Documents past their review interval or beyond the twice-yearly audit; and a stale one that a suppression comment
// silences.

import { isoDate, commentAbove, SUPPRESSED } from '../../entities.mjs';

export const injectors = [
  {
    name: 'overdue', kinds: ['Document'],
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(ctx.random.between(400, 1200));
      return { 'docs/stale': 1 };
    },
  },
  // Second: a small repo plants two or three defects a rule, and the first of them is a finding.
  {
    name: 'silenced-stale-document', kinds: ['Document'],
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(ctx.random.between(400, 900));
      commentAbove(entity, 'reviewed', 'govlint-disable-next-line docs/stale -- superseded by the new handbook, kept for the audit trail');
      return { [SUPPRESSED]: 1 };
    },
  },
  {
    name: 'never-reviewed', kinds: ['Document'],
    apply(entity) {
      delete entity.data.reviewed;
      return { 'docs/stale': 1 };
    },
  },
  {
    name: 'reviewed-in-future', kinds: ['Document'],
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(-ctx.random.between(1, 60));
      return { 'docs/stale': 1 };
    },
  },
  {
    name: 'short-interval-overdue', kinds: ['Document'],
    apply(entity, ctx) {
      entity.data.reviewed = isoDate(ctx.random.between(45, 80));
      entity.data.reviewEvery = '30 days';
      return { 'docs/stale': 1 };
    },
  },
  {
    name: 'beyond-the-audit', kinds: ['Document'],
    apply(entity) {
      entity.data.reviewEvery = '3 years';
      return { 'docs/stale': 1 };
    },
  },
];
