import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/program-single-manager.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'program/single-manager';
const FILE = 'programs/omnichannel.yaml';
const NO_MANAGER =
  "Program 'omnichannel' has no program manager: name exactly one person under `roles.program-manager`, who leads its delivery end to end: budget, schedule and coordination across its projects.";

const PEOPLE = { 'people.yaml': lines('kind: Person', 'id: priya', '---', 'kind: Person', 'id: elena') };

function check(files: Record<string, string>) {
  return findingsOf(lintFiles({ ...PEOPLE, ...files }, { rules: [rule] }), RULE).map(brief);
}

function program(...rows: string[]) {
  return { [FILE]: lines('kind: Program', 'id: omnichannel', ...rows) };
}

function finding([line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { ruleId: RULE, file: FILE, line, column, endLine, endColumn, message };
}

describe('program/single-manager', () => {
  describe('valid', () => {
    it('accepts one program manager', () => {
      expect(check(program('roles:', '  program-manager: priya', 'systems: [pos]'))).toEqual([]);
    });

    it('accepts one program manager written as a list of one', () => {
      expect(check(program('roles:', '  program-manager:', '    - priya'))).toEqual([]);
    });

    it('checks Programs only: a Risk may leave its program manager to risk/dual-ownership', () => {
      expect(check({ 'risks/outage.yaml': lines('kind: Risk', 'id: outage', 'program: omnichannel') })).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a program with no roles at its first key', () => {
      expect(check(program('systems: [pos]'))).toEqual([finding([1, 1, 1, 5], NO_MANAGER)]);
    });

    it('reports a program whose roles name someone else, at `roles`', () => {
      expect(check(program('roles:', '  system-owner: elena'))).toEqual([finding([3, 1, 3, 6], NO_MANAGER)]);
    });

    it('reports a role with no value as no program manager, at the empty value', () => {
      expect(check(program('roles:', '  program-manager:'))).toEqual([finding([4, 19, 4, 19], NO_MANAGER)]);
    });

    it('reports two program managers at the list and names them', () => {
      expect(check(program('roles:', '  program-manager: [priya, elena]'))).toEqual([
        finding(
          [4, 20, 4, 34],
          "Program 'omnichannel' has 2 program managers (priya, elena): keep exactly one, accountable for its budget, schedule and coordination, or split it into programs of their own.",
        ),
      ]);
    });
  });
});
