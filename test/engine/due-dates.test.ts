import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/api/types.js';
import { lint } from '../../src/engine/lint-here.js';
import { builtinRules } from '../../src/rules/index.js';
import { inputFiles, lintSetup } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const FILES = {
  'people.yaml': lines('kind: Person', 'id: ada', 'name: Ada Lovelace'),
  'incident.yaml': lines('kind: Process', 'id: incident', 'roles: { process-owner: ada }', 'renewal: 2027-03-01'),
};

/** A plugin rule that gives the calendar each Process's `renewal`, or whatever `given` says. */
function dueRule(given?: (entity: unknown) => unknown) {
  return defineRule({
    meta: { id: 'test/renewal', description: 'Gives the calendar the renewal of each Process.', severity: 'warning' },
    check({ model, due }) {
      for (const entity of model.ofKind('Process')) due((given ? given(entity) : { entity, path: ['renewal'], date: entity.data.renewal, what: 'contract renewal' }) as never);
    },
  });
}

function run(rule = dueRule()) {
  return lint(inputFiles(FILES), lintSetup({ rules: [rule] }));
}

describe('context.due', () => {
  it('gives the calendar a located due date with its owners, and creates no finding', () => {
    const result = run();
    expect(result.findings).toEqual([]);
    expect(result.due).toEqual([
      {
        ruleId: 'test/renewal',
        date: '2027-03-01',
        what: 'contract renewal',
        overdue: false,
        file: 'incident.yaml',
        line: 4,
        column: 10,
        entity: { kind: 'Process', id: 'incident' },
        path: 'renewal',
        owners: [{ id: 'ada', roles: ['process-owner'], name: 'Ada Lovelace' }],
      },
    ]);
  });

  it('is overdue before today, or when the rule says so', () => {
    expect(lint(inputFiles(FILES), lintSetup({ rules: [dueRule()], today: '2027-03-02' })).due[0]!.overdue).toBe(true);
    expect(lint(inputFiles(FILES), lintSetup({ rules: [dueRule()], today: '2027-03-01' })).due[0]!.overdue).toBe(false);
    expect(run(dueRule((entity) => ({ entity, date: '2027-03-01', what: 'x', overdue: true }))).due[0]!.overdue).toBe(true);
  });

  it("is the rule's failure when what it gives is not a due date", () => {
    const failures = (given: (entity: unknown) => unknown) => run(dueRule(given)).failures.map((failure) => failure.reason);
    expect(failures((entity) => ({ entity, date: '2027-02-30', what: 'renewal' }))).toEqual([
      "it gave the due date a mapping, not { entity, path, date: 'YYYY-MM-DD', what } or { file, range, date, what }",
    ]);
    expect(failures(() => ({ date: '2027-03-01', what: 'renewal' }))).toHaveLength(1);
    expect(failures((entity) => ({ entity, date: '2027-03-01', what: 'renewal', overdue: 'yes' }))).toHaveLength(1);
  });

  it('is fed by the review rules, and not by a rule that is off', () => {
    const files = { 'risk.yaml': lines('kind: Risk', 'id: r1', 'reviewed: 2026-11-01') };
    const ruleIds = (rules: typeof builtinRules) => lint(inputFiles(files), lintSetup({ rules })).due.map((item) => [item.ruleId, item.date]);
    expect(ruleIds(builtinRules)).toEqual([['review/overdue', '2026-12-01']]);
    expect(ruleIds(builtinRules.filter((rule) => rule.meta.id !== 'review/overdue'))).toEqual([]);
  });

  it('leaves out a due date at a place where a suppression silences the rule', () => {
    const files = { 'risk.yaml': lines('# govlint-disable review/overdue -- reviewed in the board pack', 'kind: Risk', 'id: r1', 'reviewed: 2026-01-01') };
    const result = lint(inputFiles(files), lintSetup());
    expect(result.due).toEqual([]);
    expect(result.findings.filter((finding) => finding.ruleId === 'review/overdue').map((finding) => finding.suppression?.justification)).toEqual(['reviewed in the board pack']);
  });
});
