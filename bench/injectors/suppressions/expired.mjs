// Suppression comments past their `until` date: they silence nothing and are not reported as unused.

import { commentAbove, hasReviewed } from '../../entities.mjs';

export const injectors = [
  {
    // An expired suppression silences nothing and is not reported as unused.
    name: 'expired-next-line', kinds: ['Risk', 'System', 'Document'], eligible: hasReviewed,
    apply(entity) {
      commentAbove(entity, 'reviewed', `govlint-disable-next-line ${entity.kind === 'Document' ? 'docs/stale' : 'review/overdue'} -- until 2026-09-30: waiting for the new template`);
      return { 'suppressions/expired': 1 };
    },
  },
  {
    name: 'expired-entity', kinds: ['Process', 'Product'],
    apply(entity) {
      entity.leadingComments.push('# govlint-disable process/has-manager, product/manager-and-owner -- until 2026-10-31: roles named after the reorganisation');
      return { 'suppressions/expired': 1 };
    },
  },
];
