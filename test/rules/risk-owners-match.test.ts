import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/risk-owners-match.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'risk/owners-match';
const RISK = 'risks/outage.yaml';

/** Two programs, each with its program manager, and their systems with their owners, over several files. */
const REPO = {
  'people.yaml': lines(...['priya', 'elena', 'marcus', 'sofia'].flatMap((id, index) => [...(index ? ['---'] : []), 'kind: Person', `id: ${id}`])),
  'programs/omnichannel.yaml': lines('kind: Program', 'id: omnichannel', 'roles:', '  program-manager: priya', 'systems: [pos]'),
  'programs/stores.yaml': lines('kind: Program', 'id: stores', 'roles:', '  program-manager: sofia', 'systems:', '  - kiosk', '  - web'),
  'systems/pos.yaml': lines('kind: System', 'id: pos', 'program: omnichannel', 'roles:', '  system-owner: elena'),
  'systems/inventory.yaml': lines('kind: System', 'id: inventory', 'program: stores', 'roles:', '  system-owner: marcus'),
  'systems/web.yaml': lines('kind: System', 'id: web', 'roles:', '  system-owner: marcus'),
  'systems/legacy.yaml': lines('kind: System', 'id: legacy', 'roles:', '  system-owner: marcus'),
};

function lint(...rows: string[]) {
  return findingsOf(lintFiles({ ...REPO, [RISK]: lines('kind: Risk', 'id: outage', ...rows) }, { rules: [rule] }), RULE);
}

function check(...rows: string[]) {
  return lint(...rows).map(brief);
}

function finding([line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { ruleId: RULE, file: RISK, line, column, endLine, endColumn, message };
}

const WRONG_MANAGER =
  "Risk 'outage' has program manager 'sofia', but its Program 'omnichannel' is managed by 'priya': a risk is owned by the manager of the program it threatens, so name 'priya' under `roles.program-manager`, or correct `program`.";

describe('risk/owners-match', () => {
  describe('valid', () => {
    it("accepts a risk owned by its program's manager and its system's owner", () => {
      expect(check('program: omnichannel', 'system: pos', 'roles:', '  program-manager: priya', '  system-owner: [elena]')).toEqual([]);
    });

    it('accepts a system that belongs to no program with any program', () => {
      expect(check('program: omnichannel', 'system: legacy', 'roles:', '  program-manager: priya', '  system-owner: marcus')).toEqual([]);
    });

    it('leaves missing roles to risk/dual-ownership and missing fields alone', () => {
      expect(check('program: omnichannel', 'system: pos')).toEqual([]);
      expect(check('roles:', '  program-manager: sofia', '  system-owner: sofia')).toEqual([]);
    });

    it('leaves ids that name nothing, or the wrong kind, to refs/resolve', () => {
      expect(check('program: pos', 'system: omnichannel', 'roles:', '  program-manager: sofia', '  system-owner: sofia')).toEqual([]);
      expect(check('program: nowhere', 'system: nothing', 'roles:', '  program-manager: sofia', '  system-owner: sofia')).toEqual([]);
    });

    it("never advises an id that names no Person: a system whose owner is misspelt is left to refs/resolve", () => {
      const repo = { ...REPO, 'systems/pos.yaml': lines('kind: System', 'id: pos', 'program: omnichannel', 'roles:', '  system-owner: elenna') };
      const risk = lines('kind: Risk', 'id: outage', 'system: pos', 'roles:', '  system-owner: elena');
      expect(findingsOf(lintFiles({ ...repo, [RISK]: risk }, { rules: [rule] }), RULE)).toEqual([]);
    });

    it('leaves a program or system without its own holder to program/single-manager and system/single-owner', () => {
      const repo = {
        ...REPO,
        'programs/omnichannel.yaml': lines('kind: Program', 'id: omnichannel', 'systems: [pos]'),
        'systems/pos.yaml': lines('kind: System', 'id: pos', 'program: omnichannel'),
      };
      const risk = lines('kind: Risk', 'id: outage', 'program: omnichannel', 'system: pos', 'roles:', '  program-manager: sofia', '  system-owner: sofia');
      expect(findingsOf(lintFiles({ ...repo, [RISK]: risk }, { rules: [rule] }), RULE)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it("reports a program manager who is not the program's, at the value, with the program's as related", () => {
      const findings = lint('program: omnichannel', 'roles:', '  program-manager: sofia');
      expect(findings.map(brief)).toEqual([finding([5, 20, 5, 25], WRONG_MANAGER)]);
      expect(findings[0]!.related).toEqual([
        {
          file: 'programs/omnichannel.yaml',
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 25,
          message: "Program 'omnichannel' names its program manager here.",
        },
      ]);
    });

    it("reports a system owner who is not the system's, at the item of the list", () => {
      expect(check('system: pos', 'roles:', '  system-owner: [elena, marcus]')).toEqual([
        finding(
          [5, 25, 5, 31],
          "Risk 'outage' has system owner 'marcus', but its System 'pos' is owned by 'elena': a risk is owned by the owner of the system it threatens, so name 'elena' under `roles.system-owner`, or correct `system`.",
        ),
      ]);
    });

    it('reports a system that belongs to another program through its `program`, at `system`', () => {
      const findings = lint('program: omnichannel', 'system: inventory');
      expect(findings.map(brief)).toEqual([
        finding(
          [4, 9, 4, 18],
          "Risk 'outage' names System 'inventory', which belongs to Program 'stores', not to its Program 'omnichannel': a joint risk concerns a program and one of its own systems, so correct `system` or `program`.",
        ),
      ]);
      expect(findings[0]!.related).toEqual([
        { file: 'systems/inventory.yaml', line: 3, column: 10, endLine: 3, endColumn: 16, message: "System 'inventory' belongs to Program 'stores' here." },
      ]);
    });

    it("reports a system that another program lists under `systems`, with the program's list item as related", () => {
      const findings = lint('program: omnichannel', 'system: web');
      expect(findings.map(brief)).toEqual([
        finding(
          [4, 9, 4, 12],
          "Risk 'outage' names System 'web', which belongs to Program 'stores', not to its Program 'omnichannel': a joint risk concerns a program and one of its own systems, so correct `system` or `program`.",
        ),
      ]);
      expect(findings[0]!.related).toEqual([
        { file: 'programs/stores.yaml', line: 7, column: 5, endLine: 7, endColumn: 8, message: "Program 'stores' lists System 'web' here." },
      ]);
    });

    it('advises only the holders that name a Person', () => {
      const repo = { ...REPO, 'systems/pos.yaml': lines('kind: System', 'id: pos', 'roles:', '  system-owner: [elenna, elena]') };
      const risk = lines('kind: Risk', 'id: outage', 'system: pos', 'roles:', '  system-owner: marcus');
      expect(findingsOf(lintFiles({ ...repo, [RISK]: risk }, { rules: [rule] }), RULE).map(brief)).toEqual([
        finding(
          [5, 17, 5, 23],
          "Risk 'outage' has system owner 'marcus', but its System 'pos' is owned by 'elena': a risk is owned by the owner of the system it threatens, so name 'elena' under `roles.system-owner`, or correct `system`.",
        ),
      ]);
    });

    it('reports every mismatch of one risk', () => {
      expect(check('program: omnichannel', 'system: inventory', 'roles:', '  program-manager: sofia', '  system-owner: elena')).toEqual([
        finding(
          [4, 9, 4, 18],
          "Risk 'outage' names System 'inventory', which belongs to Program 'stores', not to its Program 'omnichannel': a joint risk concerns a program and one of its own systems, so correct `system` or `program`.",
        ),
        finding([6, 20, 6, 25], WRONG_MANAGER),
        finding(
          [7, 17, 7, 22],
          "Risk 'outage' has system owner 'elena', but its System 'inventory' is owned by 'marcus': a risk is owned by the owner of the system it threatens, so name 'marcus' under `roles.system-owner`, or correct `system`.",
        ),
      ]);
    });
  });
});
