import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/model/entity.js';
import { ownersOf } from '../../src/model/owners.js';
import { lintFiles } from '../helpers/lint-files.js';

// A small register with an entity of every kind, to ask who owns what.
const REGISTER = {
  'people.yaml': [
    'kind: Person\nid: priya\nname: Priya Raman\nemail: priya@example.com',
    'kind: Person\nid: tom\nname: Thomas Berg',
    'kind: Person\nid: ana',
    'kind: Person\nid: li',
    'kind: Team\nid: ops\nmembers: [ana, li]',
  ].join('\n---\n'),
  'program.yaml': 'kind: Program\nid: retail\nroles:\n  program-manager: priya\nsystems: [pos]\n',
  'system.yaml': 'kind: System\nid: pos\nprogram: retail\nroles:\n  system-owner: tom\ndocuments: [pos-runbook]\n',
  'orphan-system.yaml': 'kind: System\nid: erp\nroles:\n  system-owner: ana\n',
  'risks.yaml': [
    'kind: Risk\nid: outage\nsystem: pos\nroles:\n  program-manager: priya\n  system-owner: tom',
    'kind: Risk\nid: fraud\nsystem: pos',
    'kind: Risk\nid: both\nsystem: pos\nroles:\n  program-manager: priya\n  system-owner: priya',
  ].join('\n---\n'),
  'process.yaml': 'kind: Process\nid: incident\nroles:\n  process-owner: ana\n  process-manager: [li, ops]\n',
  'team-owned.yaml': 'kind: Process\nid: change\nroles:\n  process-owner: ops\n',
  'product.yaml': 'kind: Product\nid: app\nroles:\n  product-manager: li\n  product-owner: ana\n',
  'docs.yaml': [
    'kind: Document\nid: pos-sla\ndescribes: [pos]\nroles:\n  document-owner: li',
    'kind: Document\nid: pos-arch\ndescribes: [pos, retail]',
    'kind: Document\nid: pos-runbook',
    'kind: Document\nid: loose',
  ].join('\n---\n'),
  'raci.yaml': [
    'kind: Raci',
    'id: pos-raci',
    'scope: pos',
    'parties: [ana, system-owner, li]',
    'tasks:',
    '  - name: Go live',
    '    assignments: { ana: R, system-owner: A, li: C }',
    '  - name: Train staff',
    '    assignments: { ana: A/R, system-owner: I, li: R }',
    '  - name: Nobody answers',
    '    assignments: { ana: R, system-owner: C, li: I }',
  ].join('\n'),
};

describe('ownersOf', () => {
  const { model } = lintFiles(REGISTER, { rules: [] });
  const entity = (id: string): Entity => model.withId(id)[0]!;
  const owners = (id: string, path?: (string | number)[]) => ownersOf(model, entity(id), path).map(({ id: person, roles }) => `${person} (${roles.join(', ')})`);

  it('names the accountable roles of each kind, with name and e-mail when the register has them', () => {
    expect(ownersOf(model, entity('retail'))).toEqual([{ id: 'priya', roles: ['program-manager'], name: 'Priya Raman', email: 'priya@example.com' }]);
    expect(owners('pos')).toEqual(['tom (system-owner)']);
    expect(owners('incident')).toEqual(['ana (process-owner)']);
    expect(owners('app')).toEqual(['li (product-manager)', 'ana (product-owner)']);
    expect(owners('pos-sla')).toEqual(['li (document-owner)']);
  });

  it("names both owners of a risk, the system's and program's holders for a side the risk leaves empty, and one person once", () => {
    expect(owners('outage')).toEqual(['priya (program-manager)', 'tom (system-owner)']);
    expect(owners('fraud')).toEqual(['priya (program-manager)', 'tom (system-owner)']);
    expect(owners('both')).toEqual(['priya (program-manager, system-owner)']);
  });

  it('gives a document without an owner the owners of what it describes or of what lists it, and none when nothing does', () => {
    expect(owners('pos-arch')).toEqual(['tom (system-owner)', 'priya (program-manager)']);
    expect(owners('pos-runbook')).toEqual(['tom (system-owner)']);
    expect(owners('loose')).toEqual([]);
  });

  it("names a RACI task's Accountable, a Person or the holder of a role on the scope, and else the scope's owners", () => {
    expect(owners('pos-raci', ['tasks', 0, 'assignments', 'li'])).toEqual(['tom (A)']);
    expect(owners('pos-raci', ['tasks', 1])).toEqual(['ana (A)']);
    expect(owners('pos-raci', ['tasks', 2, 'assignments', 'ana'])).toEqual(['tom (system-owner)']);
    expect(owners('pos-raci', ['parties', 0])).toEqual(['tom (system-owner)']);
  });

  it('names nobody for people and teams, and never a Team that holds a role', () => {
    expect(owners('priya')).toEqual([]);
    expect(owners('ops')).toEqual([]);
    expect(owners('change')).toEqual([]);
    expect(owners('erp')).toEqual(['ana (system-owner)']);
  });
});

describe('findings', () => {
  it('carry their owners, resolved once the rules have run: the RACI row, the risk sides the system fills in, nobody for a Team', () => {
    const { findings } = lintFiles(REGISTER);
    const summary = findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${(f.owners ?? []).map(({ id }) => id).join(', ')}`);
    expect(summary).toEqual([
      'docs.yaml:1:1 docs/stale li',
      'docs.yaml:7:1 docs/stale tom, priya',
      'docs.yaml:11:1 docs/stale tom',
      'docs.yaml:14:1 docs/has-owner ',
      'docs.yaml:14:1 docs/stale ',
      'process.yaml:5:25 refs/resolve ana',
      'raci.yaml:10:11 raci/single-accountable tom',
      'risks.yaml:1:1 review/overdue priya, tom',
      'risks.yaml:8:1 review/overdue priya, tom',
      'risks.yaml:8:1 risk/dual-ownership priya, tom',
      'risks.yaml:8:1 risk/dual-ownership priya, tom',
      'risks.yaml:12:1 review/overdue priya',
      'risks.yaml:17:17 risk/owners-match priya',
      'risks.yaml:17:17 roles/conflict priya',
      'team-owned.yaml:3:1 process/has-manager ',
      'team-owned.yaml:4:18 refs/resolve ',
    ]);
    expect(findings.filter((f) => f.owners?.length === 0)).toEqual([]);
  });
});
