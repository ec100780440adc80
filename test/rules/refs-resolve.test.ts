import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/refs-resolve.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';
import { RuleTester } from '../../src/testing/rule-tester.js';

const RULE = 'refs/resolve';

const PEOPLE = {
  'people.yaml': lines('kind: Person', 'id: ada', 'team: core', '---', 'kind: Person', 'id: grace', 'team: core'),
  'teams/core.yaml': lines('kind: Team', 'id: core', 'members: [ada, grace]'),
};

function check(files: Record<string, string>) {
  return findingsOf(lintFiles({ ...PEOPLE, ...files }, { rules: [rule] }), RULE).map(brief);
}

function finding(file: string, [line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { ruleId: RULE, file, line, column, endLine, endColumn, message };
}

describe('refs/resolve', () => {
  describe('valid', () => {
    it('accepts references to existing entities of the right kind', () => {
      expect(
        check({
          'programs/omni.yaml': lines('kind: Program', 'id: omni', 'systems: [pos]', 'roles:', '  program-manager: ada'),
          'systems/pos.yaml': lines('kind: System', 'id: pos', 'program: omni', 'documents: [pos-sla]', 'roles:', '  system-owner: grace'),
          'risks/outage.yaml': lines('kind: Risk', 'id: outage', 'system: pos', 'program: omni'),
          'docs/pos-sla.md': lines('---', 'kind: Document', 'id: pos-sla', '---', '# SLA'),
        }),
      ).toEqual([]);
    });

    it('accepts the built-in roles without any Role entity', () => {
      const roles = ['document-owner', 'process-manager', 'process-owner', 'product-manager', 'product-owner', 'program-manager', 'system-owner'];
      expect(check({ 'systems/pos.yaml': lines('kind: System', 'id: pos', 'roles:', ...roles.map((role) => `  ${role}: ada`)) })).toEqual([]);
    });

    it('accepts a role defined by a Role entity in another file', () => {
      expect(
        check({
          'roles/incident-commander.yaml': lines('kind: Role', 'id: incident-commander'),
          'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-owner: ada', '  incident-commander: [grace, ada]'),
        }),
      ).toEqual([]);
    });

    it('accepts an entity of any kind in `describes`', () => {
      expect(
        check({
          'systems/pos.yaml': lines('kind: System', 'id: pos'),
          'docs/pos.md': lines('---', 'kind: Document', 'id: pos-doc', 'describes: [pos, ada, core, pos-doc]', '---', '# POS'),
        }),
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a missing person, suggesting the closest id', () => {
      expect(check({ 'systems/pos.yaml': lines('kind: System', 'id: pos', 'roles:', '  system-owner: gracie') })).toEqual([
        finding(
          'systems/pos.yaml',
          [4, 17, 4, 23],
          "System 'pos': `roles.system-owner` names 'gracie', but there is no Person with that id (did you mean 'grace'?).",
        ),
      ]);
    });

    it('reports a missing id without a suggestion when nothing is close', () => {
      expect(check({ 'risks/outage.yaml': lines('kind: Risk', 'id: outage', 'program: loyalty') })).toEqual([
        finding('risks/outage.yaml', [3, 10, 3, 17], "Risk 'outage': `program` names 'loyalty', but there is no Program with that id."),
      ]);
    });

    it('reports a missing person in a list at its item', () => {
      const text = lines('kind: Process', 'id: incident', 'roles:', '  process-owner: ada', '  process-manager:', '    - grace', '    - linus');
      expect(check({ 'processes/incident.yaml': text })).toEqual([
        finding(
          'processes/incident.yaml',
          [7, 7, 7, 12],
          "Process 'incident': `roles.process-manager[1]` names 'linus', but there is no Person with that id.",
        ),
      ]);
    });

    it('reports a reference to an entity of the wrong kind', () => {
      expect(
        check({
          'programs/omni.yaml': lines('kind: Program', 'id: omni'),
          'risks/outage.yaml': lines('kind: Risk', 'id: outage', 'system: omni', 'program: omni'),
        }),
      ).toEqual([
        finding('risks/outage.yaml', [3, 9, 3, 13], "Risk 'outage': `system` names 'omni', which is a Program, not a System: name a System instead."),
      ]);
    });

    it('reports a misspelt role at its key, suggesting the built-in role', () => {
      const text = lines('kind: Process', 'id: incident', 'roles:', '  process-owner: ada', '  process-manger: grace');
      expect(check({ 'processes/incident.yaml': text })).toEqual([
        finding(
          'processes/incident.yaml',
          [5, 3, 5, 17],
          "Process 'incident': role 'process-manger' in `roles` is not in the role catalogue (did you mean 'process-manager'?): use a built-in role or define it with a `kind: Role` entity.",
        ),
      ]);
    });

    it('suggests a role defined by a Role entity', () => {
      const files = {
        'roles/incident-commander.yaml': lines('kind: Role', 'id: incident-commander'),
        'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  incident-comander: ada'),
      };
      expect(check(files)).toEqual([
        finding(
          'processes/incident.yaml',
          [4, 3, 4, 20],
          "Process 'incident': role 'incident-comander' in `roles` is not in the role catalogue (did you mean 'incident-commander'?): use a built-in role or define it with a `kind: Role` entity.",
        ),
      ]);
    });

    it('reports a person used as a role', () => {
      expect(check({ 'systems/pos.yaml': lines('kind: System', 'id: pos', 'roles:', '  ada: grace') })).toEqual([
        finding('systems/pos.yaml', [4, 3, 4, 6], "System 'pos': `roles` names 'ada', which is a Person, not a Role: name a Role instead."),
      ]);
    });

    it('reports an id that no entity of any kind has in `describes`', () => {
      const text = lines('---', 'kind: Document', 'id: pos-doc', 'describes: [pos, ada]', '---', '# POS');
      expect(check({ 'docs/pos.md': text })).toEqual([
        finding('docs/pos.md', [4, 13, 4, 16], "Document 'pos-doc': `describes[0]` names 'pos', but there is no entity with that id."),
      ]);
    });

    it('reports a reference in a Person to a missing team', () => {
      expect(check({ 'contractors.yaml': lines('kind: Person', 'id: linus', 'team: cor') })).toEqual([
        finding('contractors.yaml', [3, 7, 3, 10], "Person 'linus': `team` names 'cor', but there is no Team with that id (did you mean 'core'?)."),
      ]);
    });
  });
});

describe('refs/resolve next to a file that does not parse', () => {
  // Line 10 opens a quote that is never closed: the parser reads the rest of the file into that value.
  const BROKEN_PEOPLE = lines(
    'kind: Person',
    'id: ada',
    'name: Ada Lovelace',
    '---',
    'kind: Person',
    'id: grace',
    'name: Grace Hopper',
    '---',
    'kind: Person',
    'name: "Alan Turing',
    'id: alan',
    '---',
    'kind: Person',
    'id: edsger',
    '---',
    'kind: Person',
    "id: 'barbara'",
  );

  it('says once that references which may name its entities could not be checked, and reports the others', () => {
    const result = lintFiles(
      {
        'people.yaml': BROKEN_PEOPLE,
        'teams/core.yaml': lines('kind: Team', 'id: core', 'members: [ada, grace, alan, edsger, barbara]'),
        'systems/pos.yaml': lines('kind: System', 'id: pos', 'roles:', '  system-owner: alan', '  product-owner: nobody'),
      },
      { rules: [rule] },
    );
    expect(findingsOf(result, RULE).map(brief)).toEqual([
      finding(
        'systems/pos.yaml',
        [4, 17, 4, 21],
        "System 'pos': `roles.system-owner` names 'alan', which may be the id of an entity in people.yaml, but that file does not parse, so this reference and 3 others to ids in it could not be checked: fix people.yaml first.",
      ),
      finding('systems/pos.yaml', [5, 18, 5, 24], "System 'pos': `roles.product-owner` names 'nobody', but there is no Person with that id."),
    ]);
  });

  it('says it at each file that does not parse, even for a single reference', () => {
    const result = lintFiles(
      { 'people.yaml': lines('kind: Person', 'id: alan', 'tags: [a'), 'teams/core.yaml': lines('kind: Team', 'id: core', 'members: [alan]') },
      { rules: [rule] },
    );
    expect(findingsOf(result, RULE).map(brief)).toEqual([
      finding(
        'teams/core.yaml',
        [3, 11, 3, 15],
        "Team 'core': `members[0]` names 'alan', which may be the id of an entity in people.yaml, but that file does not parse, so this reference could not be checked: fix people.yaml first.",
      ),
    ]);
  });
});

describe('refs/resolve option teamRoles', () => {
  RuleTester.describe = describe;
  RuleTester.it = it;
  const TEAM_AS_MANAGER = {
    ...PEOPLE,
    'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-owner: ada', '  process-manager: [grace, core]'),
  };
  new RuleTester().run(rule, {
    valid: [
      { name: 'lets a Team hold a role that `teamRoles` lists', files: TEAM_AS_MANAGER, options: { teamRoles: ['process-manager'] } },
      {
        name: 'lets a Team hold a role written as one id',
        files: { ...PEOPLE, 'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-manager: core') },
        options: { teamRoles: ['process-manager'] },
      },
    ],
    invalid: [
      {
        name: 'reports a Team in a role by default, saying how to let teams hold it',
        files: TEAM_AS_MANAGER,
        findings: [
          {
            file: 'processes/incident.yaml',
            line: 5,
            column: 28,
            endColumn: 32,
            message:
              "Process 'incident': `roles.process-manager[1]` names 'core', which is a Team, not a Person: name a Person instead, or let teams hold `process-manager` with refs/resolve's `teamRoles` option.",
          },
        ],
      },
      {
        name: 'reports a Team in an accountable role, with no hint: accountability needs one named person',
        files: { ...PEOPLE, 'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-owner: core', '  process-manager: core') },
        options: { teamRoles: ['process-manager'] },
        findings: [
          {
            file: 'processes/incident.yaml',
            line: 4,
            column: 18,
            message: "Process 'incident': `roles.process-owner` names 'core', which is a Team, not a Person: name a Person instead (a member of 'core', perhaps), since `process-owner` is accountable and accountability needs one named person.",
          },
        ],
      },
      {
        name: 'still reports an entity of another kind under a role that teams may hold',
        files: { ...PEOPLE, 'systems/pos.yaml': lines('kind: System', 'id: pos'), 'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-manager: pos') },
        options: { teamRoles: ['process-manager'] },
        findings: [
          {
            file: 'processes/incident.yaml',
            line: 4,
            column: 20,
            message: "Process 'incident': `roles.process-manager` names 'pos', which is a System, not a Person: name a Person instead.",
          },
        ],
      },
    ],
  });
});
