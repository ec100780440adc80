import { describe, it } from 'vitest';
import rule from '../../src/rules/docs-has-owner.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

const KEEPS = 'the person who keeps it true and reviewed';

/** System 'pharmacy' owned by rachel-kim, System 'lab' with no owner, Process 'dispensing' owned by omar. */
const REPO = {
  'people.yaml': lines('kind: Person', 'id: rachel-kim', '---', 'kind: Person', 'id: omar'),
  'systems.yaml': lines('kind: System', 'id: pharmacy', 'roles:', '  system-owner: rachel-kim', '---', 'kind: System', 'id: lab', 'documents: [lab-sla]'),
  'processes/dispensing.yaml': lines('kind: Process', 'id: dispensing', 'documents: [dispensing-runbook]', 'roles:', '  process-owner: omar'),
};

/** A Markdown Document with these front matter rows, beside the repo. */
function document(id: string, ...rows: string[]) {
  return { filename: `docs/${id}.md`, code: lines('---', 'kind: Document', `id: ${id}`, ...rows, '---', '# Text'), files: REPO };
}

new RuleTester().run(rule, {
  valid: [
    { name: 'a document owner', ...document('pharmacy-sla', 'roles:', '  document-owner: omar') },
    { name: 'the system owner of the System it describes', ...document('pharmacy-sla', 'describes: [pharmacy]') },
    { name: 'one of the Systems it describes is owned', ...document('platform-architecture', 'describes: [lab, pharmacy]') },
    {
      name: 'the system owner of a System that lists it under `documents`',
      ...document('pharmacy-runbook', 'type: runbook'),
      files: { ...REPO, 'systems.yaml': lines('kind: System', 'id: pharmacy', 'documents: [pharmacy-runbook]', 'roles:', '  system-owner: rachel-kim') },
    },
    { name: 'a kind added to `derive`', ...document('dispensing-runbook', 'type: runbook'), options: { derive: { System: 'system-owner', Process: 'process-owner' } } },
  ],
  invalid: [
    {
      name: 'a document about nothing, at the front matter’s first key',
      ...document('charter', 'title: Clinical systems charter'),
      findings: [
        {
          message: `Document 'charter' has no owner: add \`roles.document-owner\`, ${KEEPS}, or name the System it documents in \`describes\`, whose owner then maintains it.`,
          line: 2,
          column: 1,
          endColumn: 5,
        },
      ],
    },
    {
      name: 'a document about a Process, which passes no owner on by default, at `roles`',
      ...document('dispensing-runbook', 'roles:', '  document-owners: omar'),
      findings: [
        {
          message: `Document 'dispensing-runbook' has no owner: add \`roles.document-owner\`, ${KEEPS}, or name the System it documents in \`describes\`, whose owner then maintains it.`,
          line: 4,
          column: 1,
        },
      ],
    },
    {
      name: 'a document of a System that has no owner either',
      ...document('lab-sla', 'describes: [lab]'),
      findings: [
        {
          message: `Document 'lab-sla' has no owner, and nobody holds the system owner role of System 'lab' it documents, who would maintain it: add \`roles.document-owner\`, ${KEEPS}.`,
          line: 2,
          column: 1,
        },
      ],
    },
    {
      name: 'with `derive: {}`, every document needs its own owner',
      ...document('pharmacy-sla', 'describes: [pharmacy]', 'roles:', '  document-owner: []'),
      options: { derive: {} },
      findings: [{ message: `Document 'pharmacy-sla' has no owner: add \`roles.document-owner\`, ${KEEPS}.`, line: 6, column: 19 }],
    },
  ],
});
