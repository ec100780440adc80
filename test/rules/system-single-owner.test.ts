import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/system-single-owner.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'system/single-owner';
const FILE = 'systems/pos.yaml';
const NO_OWNER =
  "System 'pos' has no system owner: name exactly one person under `roles.system-owner`, the long-term caretaker of its health, security, compliance and lifecycle.";

const PEOPLE = {
  'people.yaml': lines('kind: Person', 'id: elena', '---', 'kind: Person', 'id: marcus', '---', 'kind: Person', 'id: priya'),
};

function check(files: Record<string, string>) {
  return findingsOf(lintFiles({ ...PEOPLE, ...files }, { rules: [rule] }), RULE).map(brief);
}

function system(...rows: string[]) {
  return { [FILE]: lines('kind: System', 'id: pos', ...rows) };
}

function finding([line, column, endLine, endColumn]: [number, number, number, number], message: string, file = FILE) {
  return { ruleId: RULE, file, line, column, endLine, endColumn, message };
}

function several(count: number, owners: string) {
  return `System 'pos' has ${count} system owners (${owners}): keep exactly one, the long-term caretaker accountable for its health, security, compliance and lifecycle, so that no decision falls between them.`;
}

describe('system/single-owner', () => {
  describe('valid', () => {
    it('accepts one owner written as a single id', () => {
      expect(check(system('roles:', '  system-owner: elena'))).toEqual([]);
    });

    it('accepts one owner written as a list of one', () => {
      expect(check(system('roles:', '  system-owner: [elena]'))).toEqual([]);
    });

    it('accepts one owner beside other roles', () => {
      expect(check(system('roles:', '  system-owner: elena', '  document-owner: [marcus, priya]'))).toEqual([]);
    });

    it('checks Systems only: a Program or a Risk needs no system owner of its own here', () => {
      expect(check({ 'gov.yaml': lines('kind: Program', 'id: omnichannel', '---', 'kind: Risk', 'id: outage') })).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a system whose roles name no system owner, at `roles`', () => {
      expect(check(system('roles:', '  document-owner: marcus'))).toEqual([finding([3, 1, 3, 6], NO_OWNER)]);
    });

    it('reports a system without roles at the first key of the entity', () => {
      expect(check(system('name: In-store point of sale'))).toEqual([finding([1, 1, 1, 5], NO_OWNER)]);
    });

    it('reports an empty list of owners, at the list', () => {
      expect(check(system('roles:', '  system-owner: []'))).toEqual([finding([4, 17, 4, 19], NO_OWNER)]);
    });

    it('reports two owners in a flow list, at the list', () => {
      expect(check(system('roles:', '  system-owner: [elena, marcus]'))).toEqual([finding([4, 17, 4, 32], several(2, 'elena, marcus'))]);
    });

    it('reports three owners in a block list, from the first item to the last', () => {
      expect(check(system('roles:', '  system-owner:', '    - elena', '    - marcus', '    - priya'))).toEqual([
        finding([5, 5, 7, 12], several(3, 'elena, marcus, priya')),
      ]);
    });

    it('names the system by its file when it has no id', () => {
      expect(check({ [FILE]: lines('kind: System', 'name: POS') })).toEqual([
        finding(
          [1, 1, 1, 5],
          "System in systems/pos.yaml has no system owner: name exactly one person under `roles.system-owner`, the long-term caretaker of its health, security, compliance and lifecycle.",
        ),
      ]);
    });

    it('reports each system of several files and documents at its own place', () => {
      const files = {
        'systems/store.yaml': lines('kind: System', 'id: pos', 'roles:', '  system-owner: elena', '---', 'kind: System', 'id: kiosk'),
        'systems/web.yaml': lines('kind: System', 'id: web', 'roles:', '  system-owner: [marcus, priya]'),
      };
      expect(check(files)).toEqual([
        finding([6, 1, 6, 5], NO_OWNER.replace("'pos'", "'kiosk'"), 'systems/store.yaml'),
        finding([4, 17, 4, 32], several(2, 'marcus, priya').replace("'pos'", "'web'"), 'systems/web.yaml'),
      ]);
    });
  });
});
