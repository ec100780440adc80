import { describe, it } from 'vitest';
import rule from '../../src/rules/team-members-match.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

const TEAMS = {
  'teams.yaml': lines('kind: Team', 'id: ops', 'members: [ana, ben]', '---', 'kind: Team', 'id: dev', 'members: [cleo]'),
};

function people(...rows: string[][]) {
  return { 'people.yaml': rows.map((row) => lines('kind: Person', ...row)).join('---\n') };
}

new RuleTester().run(rule, {
  valid: [
    { name: 'accepts Persons and Teams that agree', files: { ...TEAMS, ...people(['id: ana', 'team: ops'], ['id: ben', 'team: ops'], ['id: cleo', 'team: dev']) } },
    { name: 'accepts a member whose Person names no team', files: { ...TEAMS, ...people(['id: ana'], ['id: ben'], ['id: cleo']) } },
    {
      name: 'accepts a Person of a Team without `members`: membership is kept on the Persons',
      files: { 'teams.yaml': lines('kind: Team', 'id: ops'), ...people(['id: ana', 'team: ops']) },
    },
    {
      name: "leaves a leaver's team to person/left-holds-roles: removed from members but still naming the team, or listed elsewhere",
      files: { ...TEAMS, ...people(['id: ana', 'team: ops'], ['id: ben', 'team: dev', 'status: left'], ['id: cleo', 'team: ops', 'leftOn: 2026-11-01']) },
    },
    { name: 'leaves an unknown team to refs/resolve', files: { ...TEAMS, ...people(['id: ana', 'team: opz']) } },
  ],
  invalid: [
    {
      name: "reports a Person whose team does not list them, at `team`, and the team that lists them, at the member",
      files: { ...TEAMS, ...people(['id: ana', 'team: ops'], ['id: ben', 'team: ops'], ['id: cleo', 'team: ops']) },
      findings: [
        {
          file: 'people.yaml',
          line: 11,
          column: 7,
          endLine: 11,
          endColumn: 10,
          message:
            "Person 'cleo' names Team 'ops' under `team`, but that team's `members` (in teams.yaml) do not list 'cleo', so who is in the team depends on where one looks: add 'cleo' to them, or correct `team`.",
        },
        {
          file: 'teams.yaml',
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 15,
          message:
            "Team 'dev' lists 'cleo' in `members`, but Person 'cleo' names Team 'ops' under `team` (in people.yaml), so who is in the team depends on where one looks: remove 'cleo' from one of the two teams, or correct the Person's `team`.",
        },
      ],
    },
  ],
});
