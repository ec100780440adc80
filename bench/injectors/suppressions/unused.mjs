// Valid suppression comments with nothing to silence.

import { commentAbove, hasReviewed } from '../../entities.mjs';

export const injectors = [
  {
    name: 'nothing-on-next-line', kinds: ['Risk', 'System', 'Document'], eligible: hasReviewed,
    apply(entity) {
      commentAbove(entity, 'reviewed', `govlint-disable-next-line ${entity.kind === 'Document' ? 'docs/stale' : 'review/overdue'} -- reviewed late after the reorganisation`);
      return { 'suppressions/unused': 1 };
    },
  },
  {
    name: 'nothing-in-entity', kinds: ['Person', 'Team'],
    apply(entity) {
      entity.leadingComments.push('# govlint-disable refs/resolve -- the team moves in the next reorganisation');
      return { 'suppressions/unused': 1 };
    },
  },
];
