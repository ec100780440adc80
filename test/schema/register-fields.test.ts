// The fields a register keeps beyond ownership: a System's alert routing, a Program's life and sponsor, a Risk's
// category, target and acceptance. Checked by schema/valid, their references by refs/resolve.
import { describe, expect, it } from 'vitest';
import refsResolve from '../../src/rules/refs-resolve.js';
import schemaValid from '../../src/rules/schema-valid.js';
import { brief, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const PEOPLE = { 'people.yaml': lines('kind: Person', 'id: ann', '---', 'kind: Role', 'id: on-call') };

function check(file: string, ...rows: string[]) {
  const result = lintFiles({ ...PEOPLE, [file]: lines(...rows) }, { rules: [schemaValid, refsResolve] });
  return result.findings.map((finding) => `${finding.ruleId} ${finding.line}:${finding.column} ${brief(finding).message}`);
}

describe('the register fields', () => {
  it('accept a System routing alerts to built-in roles, Roles of the repo and Persons', () => {
    expect(check('pharmacy.yaml', 'kind: System', 'id: pharmacy', 'alerts:', '  compliance: [system-owner, program-manager, ann]', '  operational: [on-call]')).toEqual([]);
  });

  it('report an unknown alert stream and a recipient that is neither a role nor a Person', () => {
    expect(check('pharmacy.yaml', 'kind: System', 'id: pharmacy', 'alerts:', '  security: [ann]', '  operational: [system-ownr]')).toEqual([
      "schema/valid 4:3 System 'pharmacy' has an unknown field `security` in `alerts`; known fields: compliance, operational.",
      "refs/resolve 5:17 System 'pharmacy': `alerts.operational[0]` names 'system-ownr', but there is no Person or Role with that id (did you mean 'system-owner'?).",
    ]);
  });

  it('accept a Program with its lifecycle, dates and sponsor', () => {
    expect(check('clinical.yaml', 'kind: Program', 'id: clinical', 'lifecycle: active', 'start: 2026-01-05', 'end: 2027-06-30', 'sponsor: ann')).toEqual([]);
  });

  it('report a Program lifecycle out of the list and a sponsor who is not a Person', () => {
    expect(check('clinical.yaml', 'kind: Program', 'id: clinical', 'lifecycle: done', 'sponsor: on-call')).toEqual([
      "schema/valid 3:12 Program 'clinical': `lifecycle` must be one of planned, active, closed, not 'done'.",
      "refs/resolve 4:10 Program 'clinical': `sponsor` names 'on-call', which is a Role, not a Person: name a Person instead.",
    ]);
  });

  it('accept a Risk with its category, target date and acceptance', () => {
    const risk = ['kind: Risk', 'id: lab-os', 'category: security', 'targetDate: 2027-03-31', 'status: accepted', 'acceptedBy: ann', 'acceptedUntil: 2027-01-31'];
    expect(check('lab-os.yaml', ...risk)).toEqual([]);
  });

  it('report a category that is not a lowercase word and an impossible acceptance date', () => {
    expect(check('lab-os.yaml', 'kind: Risk', 'id: lab-os', 'category: Security', 'acceptedUntil: 2027-02-30')).toEqual([
      "schema/valid 3:11 Risk 'lab-os': `category` must be a lowercase word such as operational, compliance or security (letters, digits and '-'), not 'Security'.",
      "schema/valid 4:16 Risk 'lab-os': `acceptedUntil` must be a real calendar date written YYYY-MM-DD, not '2027-02-30'.",
    ]);
  });
});
