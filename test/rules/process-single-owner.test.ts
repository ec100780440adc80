import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/process-single-owner.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'process/single-owner';
const FILE = 'processes/incident.yaml';
const NO_OWNER =
  "Process 'incident' has no process owner: name exactly one person under `roles.process-owner`, accountable for the process's design and improvement.";

const PEOPLE = {
  'people.yaml': lines('kind: Person', 'id: ada', '---', 'kind: Person', 'id: grace', '---', 'kind: Person', 'id: alan'),
};

function check(process: string) {
  return findingsOf(lintFiles({ ...PEOPLE, [FILE]: process }, { rules: [rule] }), RULE).map(brief);
}

function finding([line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { ruleId: RULE, file: FILE, line, column, endLine, endColumn, message };
}

describe('process/single-owner', () => {
  describe('valid', () => {
    it('accepts one owner written as a single id', () => {
      expect(check(lines('kind: Process', 'id: incident', 'roles:', '  process-owner: ada'))).toEqual([]);
    });

    it('accepts one owner written as a list of one', () => {
      expect(check(lines('kind: Process', 'id: incident', 'roles:', '  process-owner: [ada]'))).toEqual([]);
    });

    it('accepts one owner with many managers', () => {
      const text = lines('kind: Process', 'id: incident', 'roles:', '  process-owner: ada', '  process-manager: [grace, alan]');
      expect(check(text)).toEqual([]);
    });

    it('checks Processes only', () => {
      expect(check(lines('kind: System', 'id: pos'))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a process with managers but no owner, at `roles`', () => {
      expect(check(lines('kind: Process', 'id: incident', 'roles:', '  process-manager: [grace, alan]'))).toEqual([
        finding([3, 1, 3, 6], NO_OWNER),
      ]);
    });

    it('reports two owners in a list, at the list', () => {
      expect(check(lines('kind: Process', 'id: incident', 'roles:', '  process-owner: [ada, grace]'))).toEqual([
        finding(
          [4, 18, 4, 30],
          "Process 'incident' has 2 process owners (ada, grace): keep exactly one owner and make the others `process-manager`s, who run the process for their teams.",
        ),
      ]);
    });

    it('reports two owners in a block list', () => {
      expect(check(lines('kind: Process', 'id: incident', 'roles:', '  process-owner:', '    - ada', '    - grace', '    - alan'))).toEqual([
        finding(
          [5, 5, 7, 11],
          "Process 'incident' has 3 process owners (ada, grace, alan): keep exactly one owner and make the others `process-manager`s, who run the process for their teams.",
        ),
      ]);
    });

    it('reports an empty list of owners, at the list', () => {
      expect(check(lines('kind: Process', 'id: incident', 'roles:', '  process-owner: []'))).toEqual([finding([4, 18, 4, 20], NO_OWNER)]);
    });

    it('reports a process without roles at the first key of the entity', () => {
      expect(check(lines('kind: Process', 'id: incident', 'name: Incident management'))).toEqual([finding([1, 1, 1, 5], NO_OWNER)]);
    });

    it('names the process by its file when it has no id', () => {
      expect(check(lines('name: Incident management', 'kind: Process'))).toEqual([
        finding(
          [1, 1, 1, 5],
          "Process in processes/incident.yaml has no process owner: name exactly one person under `roles.process-owner`, accountable for the process's design and improvement.",
        ),
      ]);
    });

    it('reports each process of a multi-document file at its own lines', () => {
      const text = lines('kind: Process', 'id: change', 'roles:', '  process-owner: ada', '---', 'kind: Process', 'id: incident');
      expect(check(text)).toEqual([finding([6, 1, 6, 5], NO_OWNER)]);
    });
  });
});
