import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/schema-valid.js';
import { BUILTIN_KINDS } from '../../src/schema/builtin-kinds.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'schema/valid';
const KNOWN_KINDS = [...BUILTIN_KINDS].sort().join(', ');

function check(files: Record<string, string>) {
  return findingsOf(lintFiles(files, { rules: [rule] }), RULE).map(brief);
}

/** One finding of this rule. */
function finding(file: string, [line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { ruleId: RULE, file, line, column, endLine, endColumn, message };
}

describe('schema/valid', () => {
  describe('valid', () => {
    it('accepts entities of every built-in kind that match their schemas', () => {
      expect(
        check({
          'people.yaml': lines(
            'kind: Person',
            'id: ada',
            'name: Ada Lovelace',
            'email: ada@example.org',
            'team: core',
            '---',
            'kind: Person',
            'id: grace',
          ),
          'teams/core.yaml': lines('kind: Team', 'id: core', 'members: [ada, grace]'),
          'roles/incident-commander.yaml': lines('kind: Role', 'id: incident-commander', 'responsibilities: [Leads the response]'),
          'programs/omni.yaml': lines('kind: Program', 'id: omni', 'roles:', '  program-manager: ada', 'systems: [pos]'),
          'systems/pos.yaml': lines(
            'kind: System',
            'id: pos',
            'program: omni',
            'lifecycle: active',
            'compliance: [PCI-DSS]',
            'roles:',
            '  system-owner: grace',
            'reviewed: 2024-02-29',
            'reviewEvery: 1 year',
          ),
          'products/shop.yaml': lines('kind: Product', 'id: shop', 'systems: [pos]', 'roles:', '  product-owner: [ada, grace]'),
          'processes/incident.yaml': lines('kind: Process', 'id: incident', 'kpis: [MTTR]', 'documents: [runbook]'),
          'risks/outage.yaml': lines('kind: Risk', 'id: outage', 'severity: high', 'likelihood: almost-certain', 'status: open'),
          'docs/runbook.md': lines('---', 'kind: Document', 'id: runbook', 'reviewed: 2026-10-01', 'describes: [pos, incident]', '---', '# Runbook'),
        }),
      ).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a missing id at the first key of the mapping', () => {
      expect(check({ 'systems/pos.yaml': lines('name: Point of sale', 'kind: System') })).toEqual([
        finding('systems/pos.yaml', [1, 1, 1, 5], 'System in systems/pos.yaml is missing the required field `id`.'),
      ]);
    });

    it('reports an unknown field at its key, suggesting the field meant', () => {
      expect(check({ 'docs/architecture.yaml': lines('kind: Document', 'id: architecture', 'reviewd: 2026-10-01') })).toEqual([
        finding(
          'docs/architecture.yaml',
          [3, 1, 3, 8],
          "Document 'architecture' has an unknown field `reviewd` (did you mean `reviewed`?).",
        ),
      ]);
    });

    it('lists the known fields when no field is close to the unknown one', () => {
      expect(check({ 'teams/core.yaml': lines('kind: Team', 'id: core', 'headcount: 4') })).toEqual([
        finding(
          'teams/core.yaml',
          [3, 1, 3, 10],
          "Team 'core' has an unknown field `headcount`; known fields: kind, id, name, description, tags, roles, reviewed, reviewEvery, reviewedBy, members.",
        ),
      ]);
    });

    it('reports a value outside an enum, suggesting the value meant', () => {
      expect(check({ 'systems/pos.yaml': lines('kind: System', 'id: pos', 'lifecycle: activ') })).toEqual([
        finding(
          'systems/pos.yaml',
          [3, 12, 3, 17],
          "System 'pos': `lifecycle` must be one of planned, active, deprecated, retired, not 'activ' (did you mean 'active'?).",
        ),
      ]);
    });

    it('reports a date that is not on the calendar', () => {
      expect(check({ 'docs/architecture.yaml': lines('kind: Document', 'id: architecture', 'reviewed: 2026-02-30') })).toEqual([
        finding(
          'docs/architecture.yaml',
          [3, 11, 3, 21],
          "Document 'architecture': `reviewed` must be a real calendar date written YYYY-MM-DD, not '2026-02-30'.",
        ),
      ]);
    });

    it('reports a malformed duration', () => {
      expect(check({ 'systems/pos.yaml': lines('kind: System', 'id: pos', 'reviewEvery: 6 mnths') })).toEqual([
        finding(
          'systems/pos.yaml',
          [3, 14, 3, 21],
          "System 'pos': `reviewEvery` must be a duration such as '30 days', '2 weeks', '6 months' or '1 year', not '6 mnths'.",
        ),
      ]);
    });

    it('reports a value of the wrong type', () => {
      expect(check({ 'systems/pos.yaml': lines('kind: System', 'id: pos', 'compliance: GDPR') })).toEqual([
        finding('systems/pos.yaml', [3, 13, 3, 17], "System 'pos': `compliance` must be a list, not 'GDPR'."),
      ]);
    });

    it('reports an id that is not a text, naming the entity by its file', () => {
      expect(check({ 'systems/pos.yaml': lines('kind: System', 'id: 12') })).toEqual([
        finding('systems/pos.yaml', [2, 5, 2, 7], 'System in systems/pos.yaml: `id` must be a text, not the number 12.'),
      ]);
    });

    it('reports an id that breaks the id pattern', () => {
      expect(check({ 'systems/pos.yaml': lines('kind: System', 'id: "-pos"') })).toEqual([
        finding(
          'systems/pos.yaml',
          [2, 5, 2, 11],
          "System '-pos': `id` must be an id made of letters, digits, '.', '_' and '-', starting with a letter or digit, not '-pos'.",
        ),
      ]);
    });

    it('reports an unknown kind, suggesting the kind meant', () => {
      expect(check({ 'systems/pos.yaml': lines('kind: Sytem', 'id: pos') })).toEqual([
        finding('systems/pos.yaml', [1, 7, 1, 12], `Sytem 'pos' has an unknown kind 'Sytem' (did you mean 'System'?); known kinds: ${KNOWN_KINDS}.`),
      ]);
    });

    it('reports a kind that an alias makes cyclic instead of crashing', () => {
      const result = lintFiles({ 'odd.yaml': lines('kind: &kind [*kind]', 'id: odd') }, { rules: [rule] });
      expect(result.failures).toEqual([]);
      expect(findingsOf(result, RULE).map(brief)).toEqual([
        finding('odd.yaml', [1, 13, 1, 20], `a list 'odd' has an unknown kind 'a list'; known kinds: ${KNOWN_KINDS}.`),
      ]);
    });

    it('reports a role held by a number', () => {
      expect(check({ 'systems/pos.yaml': lines('kind: System', 'id: pos', 'roles:', '  system-owner: 42') })).toEqual([
        finding(
          'systems/pos.yaml',
          [4, 17, 4, 19],
          "System 'pos': `roles.system-owner` must be a person id or a list of person ids, not the number 42.",
        ),
      ]);
    });

    it('reports roles written as a list', () => {
      expect(check({ 'systems/pos.yaml': lines('kind: System', 'id: pos', 'roles: [ada]') })).toEqual([
        finding('systems/pos.yaml', [3, 8, 3, 13], "System 'pos': `roles` must be a mapping, not a list."),
      ]);
    });

    it('reports a YAML document that is a list, not a mapping', () => {
      const result = lintFiles({ 'systems.yaml': lines('- kind: System', '  id: pos', '- kind: System', '  id: crm') }, { rules: [rule] });
      expect(findingsOf(result, RULE).map(brief)).toEqual([
        finding(
          'systems.yaml',
          [1, 1, 4, 10],
          'This YAML document is not a mapping, so it cannot be an entity: write one entity per document, each a mapping with `kind` and `id`.',
        ),
      ]);
      expect(result.model.entities).toEqual([]);
      expect(result.model.nonEntities.map(({ file, reason }) => [file.path, reason])).toEqual([['systems.yaml', 'not-a-mapping']]);
    });

    it('reports every problem of an entity, in position order', () => {
      expect(check({ 'risks/outage.yaml': lines('kind: Risk', 'id: outage', 'severity: hihg', 'status: 3', 'owner: ada') })).toEqual([
        finding(
          'risks/outage.yaml',
          [3, 11, 3, 15],
          "Risk 'outage': `severity` must be one of low, medium, high, critical, not 'hihg' (did you mean 'high'?).",
        ),
        finding('risks/outage.yaml', [4, 9, 4, 10], "Risk 'outage': `status` must be a text, not the number 3."),
        finding(
          'risks/outage.yaml',
          [5, 1, 5, 6],
          "Risk 'outage' has an unknown field `owner`; known fields: kind, id, name, description, tags, roles, reviewed, reviewEvery, reviewedBy, title, system, program, severity, likelihood, status, mitigation.",
        ),
      ]);
    });

    describe('in Markdown front matter, on the file lines', () => {
      it('reports an unknown field at its key', () => {
        const text = lines('---', 'kind: Document', 'id: architecture', 'reviewd: 2026-10-01', '---', '', '# Architecture');
        expect(check({ 'docs/architecture.md': text })).toEqual([
          finding('docs/architecture.md', [4, 1, 4, 8], "Document 'architecture' has an unknown field `reviewd` (did you mean `reviewed`?)."),
        ]);
      });

      it('reports a missing id at the first key, after the fence', () => {
        const text = lines('---', 'kind: Document', 'title: Architecture', '---', '# Architecture');
        expect(check({ 'docs/architecture.md': text })).toEqual([
          finding('docs/architecture.md', [2, 1, 2, 5], 'Document in docs/architecture.md is missing the required field `id`.'),
        ]);
      });

      it('reports a bad date at its value, with CRLF line breaks', () => {
        const text = ['---', 'kind: Document', 'id: architecture', 'reviewed: 2026-02-30', '---', '# Architecture', ''].join('\r\n');
        expect(check({ 'docs/architecture.md': text })).toEqual([
          finding(
            'docs/architecture.md',
            [4, 11, 4, 21],
            "Document 'architecture': `reviewed` must be a real calendar date written YYYY-MM-DD, not '2026-02-30'.",
          ),
        ]);
      });
    });
  });
});

describe('schema/valid list lengths', () => {
  it('says how many entries a list needs, at the list', () => {
    const result = lintFiles({ 'raci.yaml': 'kind: Raci\nid: r\nscope: s\nparties: []\ntasks: []\n' }, { rules: [rule] });
    expect(findingsOf(result, RULE).map((f) => [f.line, f.column, f.message])).toEqual([
      [4, 10, "Raci 'r': `parties` must list at least 1 entry."],
    ]);
  });
});

RuleTester.describe = describe;
RuleTester.it = it;

const ADVICE =
  'write the matrix as a table whose header row is `| Task | Critical | <party> | … |`, each party a person, team or role of the register, or list `parties` and `tasks` in the front matter';

/** A Markdown RACI with this body, beside the people pm and so. */
const raciBody = (...body: string[]) => ({
  filename: 'raci.md',
  code: lines('---', 'kind: Raci', 'id: go-live', 'scope: omni', '---', ...body),
  files: { 'people.yaml': lines('kind: Person', 'id: pm', '---', 'kind: Person', 'id: so'), 'omni.yaml': lines('kind: Program', 'id: omni') },
});

new RuleTester().run(rule, {
  valid: [
    { name: 'a Markdown matrix after a legend table', ...raciBody('| Letter | Meaning |', '|---|---|', '| A | Accountable |', '', '| Task | pm | so |', '|---|---|---|', '| Approve | A | R |') },
    { name: 'a Markdown matrix with a misspelt party beside one of the register (refs/resolve reports it)', ...raciBody('| Task | pm | sp |', '|---|---|---|', '| Approve | A | R |') },
  ],
  invalid: [
    {
      name: 'a Markdown RACI whose only table is a legend: one finding at its header, not two missing fields',
      ...raciBody('| Letter | Meaning |', '|---|---|', '| A | Accountable |'),
      findings: [
        {
          message: `Raci 'go-live' has no RACI matrix: its only table (\`| Letter | Meaning |\`) names no person, team or role of the register after its first column; ${ADVICE}.`,
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 21,
        },
      ],
    },
    {
      name: 'a Markdown RACI whose two tables name nobody of the register',
      ...raciBody('| Letter | Meaning |', '|---|---|', '', '| Task | Alice | Bob |', '|---|---|---|', '| Approve | A | R |'),
      findings: [
        {
          message: `Raci 'go-live' has no RACI matrix: none of its 2 tables (the first: \`| Letter | Meaning |\`) names a person, team or role of the register after its first column; ${ADVICE}.`,
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 21,
        },
      ],
    },
    {
      name: 'a Markdown RACI without a table',
      ...raciBody('# Go-live', '', 'To be agreed.'),
      findings: [{ message: `Raci 'go-live' has no RACI matrix: its Markdown body has no table; ${ADVICE}.`, line: 2, column: 1, endLine: 2, endColumn: 5 }],
    },
  ],
});
