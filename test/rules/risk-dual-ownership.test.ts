import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/risk-dual-ownership.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'risk/dual-ownership';
const FILE = 'risks/outage.yaml';
const NO_PROGRAM_MANAGER =
  "Risk 'outage' has no program manager: add `roles.program-manager`, the person who owns it for the program (timeline, budget, stakeholders).";
const NO_SYSTEM_OWNER =
  "Risk 'outage' has no system owner: add `roles.system-owner`, the person who owns it for the system (technical remediation).";

const REPO = {
  'people.yaml': lines('kind: Person', 'id: ada', '---', 'kind: Person', 'id: grace'),
  'programs/omni.yaml': lines('kind: Program', 'id: omni', 'roles:', '  program-manager: ada'),
  'systems/pos.yaml': lines('kind: System', 'id: pos', 'program: omni', 'roles:', '  system-owner: grace'),
};

function check(risk: string) {
  return findingsOf(lintFiles({ ...REPO, [FILE]: risk }, { rules: [rule] }), RULE).map(brief);
}

function finding([line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { ruleId: RULE, file: FILE, line, column, endLine, endColumn, message };
}

describe('risk/dual-ownership', () => {
  describe('valid', () => {
    it('accepts a risk owned by a program manager and a system owner', () => {
      const text = lines('kind: Risk', 'id: outage', 'system: pos', 'program: omni', 'roles:', '  program-manager: ada', '  system-owner: grace');
      expect(check(text)).toEqual([]);
    });

    it('accepts owners written as lists', () => {
      const text = lines('kind: Risk', 'id: outage', 'roles:', '  program-manager: [ada]', '  system-owner: [grace, ada]');
      expect(check(text)).toEqual([]);
    });

    it('checks Risks only', () => {
      expect(findingsOf(lintFiles(REPO, { rules: [rule] }), RULE)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a missing system owner at `roles`', () => {
      expect(check(lines('kind: Risk', 'id: outage', 'roles:', '  program-manager: ada'))).toEqual([finding([3, 1, 3, 6], NO_SYSTEM_OWNER)]);
    });

    it('reports a missing program manager at `roles`', () => {
      expect(check(lines('kind: Risk', 'id: outage', 'roles:', '  system-owner: grace'))).toEqual([finding([3, 1, 3, 6], NO_PROGRAM_MANAGER)]);
    });

    it('reports both when the risk has no roles, at the first key', () => {
      expect(check(lines('kind: Risk', 'id: outage', 'title: The POS goes down on Black Friday'))).toEqual([
        finding([1, 1, 1, 5], NO_PROGRAM_MANAGER),
        finding([1, 1, 1, 5], NO_SYSTEM_OWNER),
      ]);
    });

    it('reports an empty list of holders at the list', () => {
      expect(check(lines('kind: Risk', 'id: outage', 'roles:', '  program-manager: []', '  system-owner: grace'))).toEqual([
        finding([4, 20, 4, 22], NO_PROGRAM_MANAGER),
      ]);
    });

    it('does not count a role held by someone else under another role', () => {
      const text = lines('kind: Risk', 'id: outage', 'roles:', '  program-manager: ada', '  system-owners: grace');
      expect(check(text)).toEqual([finding([3, 1, 3, 6], NO_SYSTEM_OWNER)]);
    });
  });
});
