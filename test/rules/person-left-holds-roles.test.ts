import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/person-left-holds-roles.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { definePlugin } from '../../src/api/types.js';
import { lines } from '../helpers/lines.js';
import { lintFiles } from '../helpers/lint-files.js';

RuleTester.describe = describe;
RuleTester.it = it;

const CHECKLIST = 'this is the offboarding checklist.';

/** Ana, who may have left, and Ben, her deputy; `ana` gives her extra lines after `id: ana`. */
function people(...ana: string[]) {
  return { 'people.yaml': lines('kind: Person', 'id: ana', ...ana, '---', 'kind: Person', 'id: ben') };
}

/** What Ana may still hold: a system, a process, a team place, a RACI column and a deputy duty. */
const HOLDINGS = {
  'systems/pos.yaml': lines('kind: System', 'id: pos', 'roles:', '  system-owner: ana'),
  'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-owner: ben', '  process-manager: [ben, ana]'),
  'teams/ops.yaml': lines('kind: Team', 'id: ops', 'members: [ben, ana]'),
  'raci/cutover.md': lines('---', 'kind: Raci', 'id: cutover', 'scope: pos', '---', '| Task | ana | ben |', '|---|---|---|', '| Migrate | A | R |'),
  'people/cleo.yaml': lines('kind: Person', 'id: cleo', 'deputy: ana'),
};

const ALL_PLACES =
  "deputy of Person 'cleo', process-manager of Process 'incident', party of Raci 'cutover', system-owner of System 'pos', member of Team 'ops'";

new RuleTester().run(rule, {
  valid: [
    { name: 'accepts an active person holding roles', files: { ...people('status: active'), ...HOLDINGS } },
    { name: 'accepts a person without status or leftOn holding roles', files: { ...people(), ...HOLDINGS } },
    { name: 'accepts a person on leave holding roles: their deputy stands in', files: { ...people('status: on-leave', 'deputy: ben'), ...HOLDINGS } },
    { name: 'accepts a planned departure: leftOn tomorrow', files: { ...people('leftOn: 2026-11-23'), ...HOLDINGS } },
    { name: 'accepts a person who has left and holds nothing', files: { ...people('status: left', 'leftOn: 2026-10-31') } },
  ],
  invalid: [
    {
      name: 'lists everything a person who left still holds, at their leftOn, when leftOn has come and no status says so',
      files: { ...people('leftOn: 2026-10-31'), ...HOLDINGS },
      findings: [
        {
          file: 'people.yaml',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 19,
          message: `Person 'ana' left on 2026-10-31 but is still named in 5 places: ${ALL_PLACES}. Name a successor in each and remove 'ana': ${CHECKLIST}`,
        },
      ],
    },
    {
      name: 'counts a person as left on the day of leftOn, whatever status says, and offers their deputy',
      files: { ...people('status: active', 'leftOn: 2026-11-22', 'deputy: ben'), 'systems/pos.yaml': HOLDINGS['systems/pos.yaml'] },
      findings: [
        {
          file: 'people.yaml',
          line: 4,
          column: 9,
          message: `Person 'ana' left on 2026-11-22 but is still named in 1 place: system-owner of System 'pos'. Name a successor in each (their deputy 'ben' can stand in until then) and remove 'ana': ${CHECKLIST}`,
        },
      ],
    },
    {
      name: 'takes status: left without leftOn as left, at status',
      files: { ...people('status: left'), 'teams/ops.yaml': HOLDINGS['teams/ops.yaml'] },
      findings: [
        {
          file: 'people.yaml',
          line: 3,
          column: 9,
          endColumn: 13,
          message: `Person 'ana' has left (\`status: left\`) but is still named in 1 place: member of Team 'ops'. Name a successor in each and remove 'ana': ${CHECKLIST}`,
        },
      ],
    },
    {
      name: 'takes status: left with a leftOn still to come as left; a deputy who has left too is not offered, nor listed as deputy of a leaver',
      files: {
        'people.yaml': lines('kind: Person', 'id: ana', 'status: left', 'leftOn: 2027-01-31', 'deputy: ben', '---', 'kind: Person', 'id: ben', 'status: left'),
        'people/cleo.yaml': lines('kind: Person', 'id: cleo', 'deputy: ben'),
        'systems/pos.yaml': HOLDINGS['systems/pos.yaml'],
      },
      findings: [
        {
          file: 'people.yaml',
          line: 3,
          column: 9,
          message: `Person 'ana' has left (\`status: left\`) but is still named in 1 place: system-owner of System 'pos'. Name a successor in each and remove 'ana': ${CHECKLIST}`,
        },
        {
          file: 'people.yaml',
          line: 9,
          column: 9,
          message: `Person 'ben' has left (\`status: left\`) but is still named in 1 place: deputy of Person 'cleo'. Name a successor in each and remove 'ben': ${CHECKLIST}`,
        },
      ],
    },
    {
      name: 'reports a Markdown Person in its front matter',
      files: { 'people/ana.md': lines('---', 'kind: Person', 'id: ana', 'status: left', '---', '# Ana'), 'systems/pos.yaml': HOLDINGS['systems/pos.yaml'] },
      findings: [
        {
          file: 'people/ana.md',
          line: 4,
          column: 9,
          message: `Person 'ana' has left (\`status: left\`) but is still named in 1 place: system-owner of System 'pos'. Name a successor in each and remove 'ana': ${CHECKLIST}`,
        },
      ],
    },
  ],
});

/** Person references in fields of a plugin: a sponsor is a duty to hand over, a review is history. */
const plugin = definePlugin({
  name: 'fields',
  extendKinds: {
    Program: { properties: { sponsor: { description: 'The sponsor.', type: 'string', 'x-govlint-ref': 'Person' } } },
    Risk: { properties: { reviewedBy: { description: 'Who reviewed it.', type: 'string', 'x-govlint-ref': 'Person' } } },
  },
});

const SPONSORED = {
  ...people('status: left'),
  'programs/omni.yaml': lines('kind: Program', 'id: omni', 'sponsor: ana'),
  'risks/outage.yaml': lines('kind: Risk', 'id: outage', 'reviewedBy: ana'),
};

new RuleTester({ plugins: [plugin] }).run(rule, {
  valid: [
    {
      name: '`ignoreFields` leaves out fields that record a past act: reviewedBy by default',
      files: { ...people('status: left'), 'risks/outage.yaml': SPONSORED['risks/outage.yaml'] },
    },
  ],
  invalid: [
    {
      name: 'lists any other field naming the person, such as a sponsor',
      files: SPONSORED,
      findings: [
        {
          file: 'people.yaml',
          line: 3,
          column: 9,
          message: `Person 'ana' has left (\`status: left\`) but is still named in 1 place: sponsor of Program 'omni'. Name a successor in each and remove 'ana': ${CHECKLIST}`,
        },
      ],
    },
    {
      name: '`ignoreFields: []` counts every field',
      files: SPONSORED,
      options: { ignoreFields: [] },
      findings: [
        {
          file: 'people.yaml',
          line: 3,
          column: 9,
          message: `Person 'ana' has left (\`status: left\`) but is still named in 2 places: sponsor of Program 'omni', reviewedBy of Risk 'outage'. Name a successor in each and remove 'ana': ${CHECKLIST}`,
        },
      ],
    },
  ],
});

describe('person/left-holds-roles related locations', () => {
  it('points at every place the leaver still holds, saying what they are there, Markdown cells included', () => {
    const { findings } = lintFiles({ ...people('status: left'), ...HOLDINGS }, { rules: [rule] });
    expect(findings.map((finding) => finding.related?.map(({ file, line, column, message }) => [file, line, column, message]))).toEqual([
      [
        ['people/cleo.yaml', 3, 9, "Person 'ana' has left but is still deputy of Person 'cleo' here."],
        ['processes/incident.yaml', 5, 26, "Person 'ana' has left but is still process-manager of Process 'incident' here."],
        ['raci/cutover.md', 6, 10, "Person 'ana' has left but is still party of Raci 'cutover' here."],
        ['systems/pos.yaml', 4, 17, "Person 'ana' has left but is still system-owner of System 'pos' here."],
        ['teams/ops.yaml', 3, 16, "Person 'ana' has left but is still member of Team 'ops' here."],
      ],
    ]);
  });
});
