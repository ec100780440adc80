import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/process-has-manager.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'process/has-manager';
const FILE = 'processes/incident.yaml';
const NO_MANAGER =
  "Process 'incident' has an owner but no process manager: name under `roles.process-manager` the people who run it day to day, one per team if need be (the owner may hold the role too).";

const PEOPLE = { 'people.yaml': lines('kind: Person', 'id: davis', '---', 'kind: Person', 'id: windy', '---', 'kind: Person', 'id: tamika') };

function check(files: Record<string, string>) {
  return findingsOf(lintFiles({ ...PEOPLE, ...files }, { rules: [rule] }), RULE).map(brief);
}

function process(...rows: string[]) {
  return { [FILE]: lines('kind: Process', 'id: incident', ...rows) };
}

function finding([line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { ruleId: RULE, file: FILE, line, column, endLine, endColumn, message };
}

describe('process/has-manager', () => {
  describe('valid', () => {
    it('accepts an owner with one manager per team', () => {
      expect(check(process('roles:', '  process-owner: davis', '  process-manager: [windy, tamika]'))).toEqual([]);
    });

    it('accepts the owner managing the process too', () => {
      expect(check(process('roles:', '  process-owner: davis', '  process-manager: davis'))).toEqual([]);
    });

    it('leaves a process with no owner to process/single-owner', () => {
      expect(check(process('name: Incident management'))).toEqual([]);
    });

    it('leaves a process with several owners to process/single-owner, whose fix makes the others managers', () => {
      expect(check(process('roles:', '  process-owner: [davis, windy]'))).toEqual([]);
    });

    it('checks Processes only', () => {
      expect(check({ 'systems/pos.yaml': lines('kind: System', 'id: pos', 'roles:', '  system-owner: davis') })).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports an owner without managers at `roles`', () => {
      expect(check(process('roles:', '  process-owner: davis'))).toEqual([finding([3, 1, 3, 6], NO_MANAGER)]);
    });

    it('reports an empty list of managers at the list', () => {
      expect(check(process('roles:', '  process-owner: davis', '  process-manager: []'))).toEqual([finding([5, 20, 5, 22], NO_MANAGER)]);
    });

    it('reports an owner written as a list of one', () => {
      expect(check(process('roles:', '  process-owner: [davis]', '  document-owner: windy'))).toEqual([finding([3, 1, 3, 6], NO_MANAGER)]);
    });
  });
});
