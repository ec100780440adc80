// Membership written on one side only: a team forgets a member, or lists one who names another team. What the
// finding depends on (the team, the person) is reserved, so that no other defect changes it.

import { teamListing } from '../../entities.mjs';

export const injectors = [
  {
    // The Person still names the team, which no longer lists them.
    name: 'dropped-from-members', kinds: ['Person'], eligible: (entity, ctx) => teamListing(entity, ctx) !== undefined,
    apply(entity, ctx) {
      const team = teamListing(entity, ctx);
      ctx.reserve(team);
      team.data.members = team.data.members.filter((member) => member !== entity.id);
      return { 'team/members-match': 1 };
    },
  },
  {
    // The Team lists somebody whose Person names another team.
    name: 'lists-a-member-of-another-team', kinds: ['Team'],
    apply(entity, ctx) {
      const person = ctx.pickFrom(['Person'], (candidate) => !ctx.reserved.has(candidate.id) && candidate.data.team !== entity.id && ctx.repo.byId.get(candidate.data.team)?.kind === 'Team');
      if (!person) return undefined;
      ctx.reserve(person);
      entity.data.members.push(person.id);
      return { 'team/members-match': 1 };
    },
  },
];
