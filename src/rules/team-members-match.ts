// A Person's `team` and the Team's `members` say the same thing twice; when they disagree, nobody knows who is in
// the team, and a leaver or a reorganisation is half recorded.
import { defineRule } from '../api/types.js';
import { describeEntity, type Entity } from '../model/entity.js';
import { entitiesOfKind } from '../model/lookup.js';
import { hasLeft } from '../model/people.js';
import { docsUrl } from './helpers/docs-url.js';

export const messages = {
  notListed: (person: Entity, team: Entity) =>
    `${describeEntity(person)} names ${describeEntity(team)} under \`team\`, but that team's \`members\` (in ${team.document.file.path}) do not list '${person.id}', so who is in the team depends on where one looks: add '${person.id}' to them, or correct \`team\`.`,
  otherTeam: (team: Entity, person: Entity, own: string) =>
    `${describeEntity(team)} lists '${person.id}' in \`members\`, but ${describeEntity(person)} names Team '${own}' under \`team\` (in ${person.document.file.path}), so who is in the team depends on where one looks: remove '${person.id}' from one of the two teams, or correct the Person's \`team\`.`,
};

export default defineRule({
  meta: {
    id: 'team/members-match',
    description: "A Person's `team` must list them in its `members`, and a Team's members must not name another team.",
    severity: 'warning',
    docs: docsUrl('team/members-match'),
  },
  check({ model, report, today }) {
    for (const person of model.ofKind('Person')) {
      const { team } = person.data;
      // A leaver's `team` is where they were, and their place in `members` is person/left-holds-roles' business.
      if (person.id === undefined || typeof team !== 'string' || hasLeft(person, today)) continue;
      // Unknown or duplicated teams are refs/resolve's and ids/unique's findings.
      const [found, ...others] = entitiesOfKind(model, team, 'Team');
      const members = found?.data.members;
      // A Team without `members` leaves membership to its Persons' `team`.
      if (!found || others.length > 0 || !Array.isArray(members) || members.includes(person.id)) continue;
      report({ entity: person, path: ['team'], message: messages.notListed(person, found) });
    }
    for (const team of model.ofKind('Team')) {
      const { members } = team.data;
      if (!Array.isArray(members)) continue;
      members.forEach((member: unknown, index) => {
        if (typeof member !== 'string') return;
        const [person, ...others] = entitiesOfKind(model, member, 'Person');
        const own = person?.data.team;
        // A Person without `team` leaves membership to the Teams' `members`; an unknown team is refs/resolve's finding.
        if (!person || others.length > 0 || typeof own !== 'string' || own === team.id || hasLeft(person, today)) return;
        if (entitiesOfKind(model, own, 'Team').length !== 1) return;
        report({ entity: team, path: ['members', index], message: messages.otherTeam(team, person, own) });
      });
    }
  },
});
