import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/person-overload.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'person/overload';
const PEOPLE = 'people.yaml';

function check(files: Record<string, string>, options?: { max?: number; ignoreKinds?: string[] }) {
  const settings: Record<string, Record<string, unknown>> = options === undefined ? {} : { [RULE]: options };
  return findingsOf(lintFiles(files, { rules: [rule], options: settings }), RULE).map(brief);
}

function finding(file: string, [line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { ruleId: RULE, file, line, column, endLine, endColumn, message };
}

/** Systems owned by `owner`, one per document, in systems.yaml. */
function systems(owner: string, count: number) {
  const documents = Array.from({ length: count }, (_, index) => lines('kind: System', `id: system-${index + 1}`, 'roles:', `  system-owner: ${owner}`));
  return { 'systems.yaml': documents.join('---\n') };
}

const PEOPLE_FILE = { [PEOPLE]: lines('kind: Person', 'id: priya', 'name: Priya Raman', '---', 'kind: Person', 'id: elena') };

describe('person/overload', () => {
  describe('valid', () => {
    it('accepts a person holding five owner and manager roles', () => {
      expect(check({ ...PEOPLE_FILE, ...systems('priya', 5) })).toEqual([]);
    });

    it('counts a person listed twice for one role on one entity once', () => {
      const files = {
        ...PEOPLE_FILE,
        ...systems('priya', 4),
        'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-manager: [priya, priya]'),
      };
      expect(check(files)).toEqual([]);
    });

    it('counts only roles ending in -owner or -manager', () => {
      const files = {
        ...PEOPLE_FILE,
        ...systems('priya', 5),
        'roles.yaml': lines('kind: Role', 'id: sponsor'),
        'programs/omnichannel.yaml': lines('kind: Program', 'id: omnichannel', 'roles:', '  sponsor: priya'),
      };
      expect(check(files)).toEqual([]);
    });

    it("does not count a Risk's roles by default: they repeat its program's and system's", () => {
      const risks = Array.from({ length: 3 }, (_, index) =>
        lines('kind: Risk', `id: risk-${index + 1}`, 'roles:', '  program-manager: priya', '  system-owner: priya'),
      );
      expect(check({ ...PEOPLE_FILE, ...systems('priya', 5), 'risks.yaml': risks.join('---\n') })).toEqual([]);
    });

    it('leaves people who are not Person entities to refs/resolve', () => {
      expect(check({ ...PEOPLE_FILE, ...systems('ghost', 9) })).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a person over the limit at their id, counting by role, across files', () => {
      const files = {
        ...PEOPLE_FILE,
        ...systems('priya', 3),
        'programs/omnichannel.yaml': lines('kind: Program', 'id: omnichannel', 'roles:', '  program-manager: priya'),
        'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-owner: priya', '  process-manager: [elena, priya]'),
      };
      expect(check(files)).toEqual([
        finding(
          PEOPLE,
          [2, 5, 2, 10],
          "Person 'priya' holds 6 owner and manager roles (system-owner: 3, process-manager: 1, process-owner: 1, program-manager: 1), more than 5: one person cannot give that many roles the attention they need, so hand some of them to others.",
        ),
      ]);
    });

    it('reports a Markdown Person at its id in the front matter', () => {
      const files = {
        'people/elena.md': lines('---', 'kind: Person', 'id: elena', '---', '# Elena'),
        ...systems('elena', 6),
      };
      expect(check(files)).toEqual([
        finding(
          'people/elena.md',
          [3, 5, 3, 10],
          "Person 'elena' holds 6 owner and manager roles (system-owner: 6), more than 5: one person cannot give that many roles the attention they need, so hand some of them to others.",
        ),
      ]);
    });
  });

  describe('options', () => {
    it('`max` sets the limit', () => {
      const files = { ...PEOPLE_FILE, ...systems('priya', 3) };
      expect(check(files, { max: 3, ignoreKinds: ['Risk'] })).toEqual([]);
      expect(check(files, { max: 2, ignoreKinds: ['Risk'] })).toEqual([
        finding(
          PEOPLE,
          [2, 5, 2, 10],
          "Person 'priya' holds 3 owner and manager roles (system-owner: 3), more than 2: one person cannot give that many roles the attention they need, so hand some of them to others.",
        ),
      ]);
    });

    it('`ignoreKinds` chooses the kinds whose roles are not counted', () => {
      const files = {
        ...PEOPLE_FILE,
        ...systems('priya', 2),
        'risks.yaml': lines('kind: Risk', 'id: outage', 'roles:', '  program-manager: priya'),
      };
      expect(check(files, { max: 2, ignoreKinds: ['Risk'] })).toEqual([]);
      expect(check(files, { max: 2, ignoreKinds: [] })).toEqual([
        finding(
          PEOPLE,
          [2, 5, 2, 10],
          "Person 'priya' holds 3 owner and manager roles (system-owner: 2, program-manager: 1), more than 2: one person cannot give that many roles the attention they need, so hand some of them to others.",
        ),
      ]);
      expect(check(files, { max: 1, ignoreKinds: ['Risk', 'System'] })).toEqual([]);
    });
  });
});
