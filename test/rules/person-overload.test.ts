import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/person-overload.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';
import { lintFiles } from '../helpers/lint-files.js';

RuleTester.describe = describe;
RuleTester.it = it;

const PEOPLE = 'people.yaml';
const PEOPLE_FILE = { [PEOPLE]: lines('kind: Person', 'id: priya', 'name: Priya Raman', '---', 'kind: Person', 'id: elena') };

/** Systems owned by `owner`, one per document, in systems.yaml. */
function systems(owner: string, count: number) {
  const documents = Array.from({ length: count }, (_, index) => lines('kind: System', `id: system-${index + 1}`, 'roles:', `  system-owner: ${owner}`));
  return { 'systems.yaml': documents.join('---\n') };
}

/** Priya, at her id in people.yaml. */
function priya(message: string) {
  return { file: PEOPLE, line: 2, column: 5, endLine: 2, endColumn: 10, message };
}

const THREE_SYSTEMS = { ...PEOPLE_FILE, ...systems('priya', 3) };
const TWO_SYSTEMS_AND_A_RISK = {
  ...PEOPLE_FILE,
  ...systems('priya', 2),
  'risks.yaml': lines('kind: Risk', 'id: outage', 'roles:', '  program-manager: priya'),
};

const OVER = 'One person cannot give that many the attention they need: hand some of them to others.';

new RuleTester().run(rule, {
  valid: [
    { name: 'accepts a person who is an owner or manager of five entities', files: { ...PEOPLE_FILE, ...systems('priya', 5) } },
    {
      name: 'counts a person listed twice for one role on one entity once',
      files: {
        ...PEOPLE_FILE,
        ...systems('priya', 4),
        'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-manager: [priya, priya]'),
      },
    },
    {
      name: 'counts an owner who is also a manager of the same process as one load',
      files: {
        ...PEOPLE_FILE,
        ...systems('priya', 4),
        'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-owner: priya', '  process-manager: [elena, priya]'),
      },
    },
    {
      name: 'counts only roles ending in -owner or -manager',
      files: {
        ...PEOPLE_FILE,
        ...systems('priya', 5),
        'roles.yaml': lines('kind: Role', 'id: sponsor'),
        'programs/omnichannel.yaml': lines('kind: Program', 'id: omnichannel', 'roles:', '  sponsor: priya'),
      },
    },
    {
      name: "does not count a Risk's roles by default: they repeat its program's and system's",
      files: {
        ...PEOPLE_FILE,
        ...systems('priya', 5),
        'risks.yaml': Array.from({ length: 3 }, (_, index) =>
          lines('kind: Risk', `id: risk-${index + 1}`, 'roles:', '  program-manager: priya', '  system-owner: priya'),
        ).join('---\n'),
      },
    },
    {
      name: 'does not count Documents by default: a system owner who owns the documents of their systems is doing the role',
      files: {
        ...PEOPLE_FILE,
        ...systems('priya', 5),
        'docs.yaml': Array.from({ length: 4 }, (_, index) =>
          lines('kind: Document', `id: doc-${index + 1}`, 'describes: [system-1]', 'roles:', '  document-owner: priya'),
        ).join('---\n'),
      },
    },
    { name: 'leaves people who are not Person entities to refs/resolve', files: { ...PEOPLE_FILE, ...systems('ghost', 9) } },
    { name: '`max` sets the limit: 3 entities are not more than 3', files: THREE_SYSTEMS, options: { max: 3 } },
    {
      name: "`ignoreKinds` chooses the kinds whose roles are not counted: a Risk's are not",
      files: TWO_SYSTEMS_AND_A_RISK,
      options: { max: 2, ignoreKinds: ['Risk'] },
    },
    {
      name: "`ignoreKinds` chooses the kinds whose roles are not counted: neither a Risk's nor a System's",
      files: TWO_SYSTEMS_AND_A_RISK,
      options: { max: 1, ignoreKinds: ['Risk', 'System'] },
    },
  ],
  invalid: [
    {
      name: 'reports a person over the limit at their id, naming each entity with the roles held on it, across files',
      files: {
        ...PEOPLE_FILE,
        ...systems('priya', 3),
        'programs/omnichannel.yaml': lines('kind: Program', 'id: omnichannel', 'roles:', '  program-manager: priya'),
        'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-owner: priya', '  process-manager: [elena, priya]'),
        'processes/change.yaml': lines('kind: Process', 'id: change', 'roles:', '  process-manager: priya'),
      },
      findings: [
        priya(
          `Person 'priya' is an owner or manager of 6 entities, more than 5: Process 'change' (process-manager), Process 'incident' (process-owner, process-manager), Program 'omnichannel' (program-manager), System 'system-1' (system-owner), System 'system-2' (system-owner), System 'system-3' (system-owner). ${OVER}`,
        ),
      ],
    },
    {
      name: 'names ten entities and says how many more there are',
      files: { ...PEOPLE_FILE, ...systems('priya', 12) },
      findings: [
        priya(
          `Person 'priya' is an owner or manager of 12 entities, more than 5: ${Array.from({ length: 10 }, (_, index) => `System 'system-${index + 1}' (system-owner)`).join(', ')}, and 2 more. ${OVER}`,
        ),
      ],
    },
    {
      name: 'reports a Markdown Person at its id in the front matter',
      files: { 'people/elena.md': lines('---', 'kind: Person', 'id: elena', '---', '# Elena'), ...systems('elena', 6) },
      findings: [
        {
          file: 'people/elena.md',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 10,
          message: `Person 'elena' is an owner or manager of 6 entities, more than 5: ${Array.from({ length: 6 }, (_, index) => `System 'system-${index + 1}' (system-owner)`).join(', ')}. ${OVER}`,
        },
      ],
    },
    {
      name: '`max` sets the limit: 3 entities are more than 2',
      files: THREE_SYSTEMS,
      options: { max: 2 },
      findings: [
        priya(
          `Person 'priya' is an owner or manager of 3 entities, more than 2: System 'system-1' (system-owner), System 'system-2' (system-owner), System 'system-3' (system-owner). ${OVER}`,
        ),
      ],
    },
    {
      name: "`ignoreKinds` chooses the kinds whose roles are not counted: with none, a Risk's count",
      files: TWO_SYSTEMS_AND_A_RISK,
      options: { max: 2, ignoreKinds: [] },
      findings: [
        priya(
          `Person 'priya' is an owner or manager of 3 entities, more than 2: Risk 'outage' (program-manager), System 'system-1' (system-owner), System 'system-2' (system-owner). ${OVER}`,
        ),
      ],
    },
    {
      name: '`ignoreKinds: [Risk]` counts Documents',
      files: {
        ...PEOPLE_FILE,
        ...systems('priya', 2),
        'docs.yaml': lines('kind: Document', 'id: pos-sla', 'roles:', '  document-owner: priya'),
      },
      options: { max: 2, ignoreKinds: ['Risk'] },
      findings: [
        priya(
          `Person 'priya' is an owner or manager of 3 entities, more than 2: Document 'pos-sla' (document-owner), System 'system-1' (system-owner), System 'system-2' (system-owner). ${OVER}`,
        ),
      ],
    },
  ],
});

describe('person/overload related locations', () => {
  it('points at each entity of the load, at the first counted role held there', () => {
    const files = { ...PEOPLE_FILE, ...systems('priya', 2), 'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-owner: priya', '  process-manager: [elena, priya]') };
    const { findings } = lintFiles(files, { rules: [rule], options: { 'person/overload': { max: 2 } } });
    expect(findings.map((finding) => finding.related?.map(({ file, line, column, message }) => [file, line, column, message]))).toEqual([
      [
        ['processes/incident.yaml', 4, 18, "Person 'priya' is process-owner and process-manager of Process 'incident' here."],
        ['systems.yaml', 4, 17, "Person 'priya' is system-owner of System 'system-1' here."],
        ['systems.yaml', 9, 17, "Person 'priya' is system-owner of System 'system-2' here."],
      ],
    ]);
  });
});
