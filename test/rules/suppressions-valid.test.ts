import { describe, expect, it } from 'vitest';
import processSingleOwner from '../../src/rules/process-single-owner.js';
import rule from '../../src/rules/suppressions-valid.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'suppressions/valid';

function check(text: string, file = 'incident.yaml') {
  const result = lintFiles({ [file]: text }, { rules: [processSingleOwner, rule] });
  return { valid: findingsOf(result, RULE).map(brief), owner: findingsOf(result, 'process/single-owner') };
}

function finding([line, column, endLine, endColumn]: number[], message: string, file = 'incident.yaml') {
  return { ruleId: RULE, file, line: line!, column: column!, endLine: endLine!, endColumn: endColumn!, message };
}

describe('suppressions/valid', () => {
  it('accepts a suppression with rules and a reason, with or without an expiry date', () => {
    const text = lines(
      '# govlint-disable process/single-owner -- the owner retires on Friday; the board names a successor next month',
      'kind: Process',
      'id: incident',
      '---',
      'kind: Process',
      'id: change',
      '# govlint-disable-next-line process/single-owner -- until 2027-03-31: shared while the teams merge',
      'roles: { process-owner: [ada, grace] }',
    );
    const { valid, owner } = check(text);
    expect(valid).toEqual([]);
    expect(owner.map((f) => f.suppression?.justification)).toEqual([
      'the owner retires on Friday; the board names a successor next month',
      'shared while the teams merge',
    ]);
  });

  it('reports a suppression without a reason, which then silences nothing', () => {
    const { valid, owner } = check(lines('# govlint-disable process/single-owner', 'kind: Process', 'id: incident'));
    expect(valid).toEqual([
      finding([1, 1, 1, 39], "This suppression gives no reason: add one after ' -- ', such as '-- accepted by the risk board until the migration ends'."),
    ]);
    expect(owner.map((f) => f.suppression)).toEqual([undefined]);
  });

  it('reports a suppression that names no rule', () => {
    expect(check(lines('kind: Process', 'id: incident', '  # govlint-disable-next-line -- no idea', 'roles: {}')).valid).toEqual([
      finding([3, 3, 3, 41], 'This suppression names no rule: write the rule ids to silence after the directive.'),
    ]);
  });

  it('reports an unknown rule with the closest one, and yaml/syntax, which cannot be suppressed', () => {
    const text = lines('kind: Process', 'id: incident', '# govlint-disable-next-line proces/single-owner, yaml/syntax -- typo', 'roles: {}');
    expect(check(text).valid).toEqual([
      finding([3, 1, 3, 69], "This suppression names an unknown rule 'proces/single-owner' (did you mean 'process/single-owner'?)."),
      finding([3, 1, 3, 69], 'This suppression names yaml/syntax, whose findings cannot be suppressed: fix the syntax instead.'),
    ]);
  });

  it('reports an expiry date that is not a date, and the suppression then silences nothing', () => {
    const text = lines('# govlint-disable process/single-owner -- until 2027-02-30: board decision', 'kind: Process', 'id: incident');
    expect(check(text).owner.map((f) => f.suppression)).toEqual([undefined]);
    expect(check(text).valid).toEqual([
      finding([1, 1, 1, 75], "This suppression has an expiry date '2027-02-30' that is not a real date written YYYY-MM-DD."),
    ]);
  });

  it('reports a whole-entity suppression placed after the first key', () => {
    const text = lines('kind: Process', '# govlint-disable process/single-owner -- later', 'id: incident');
    expect(check(text).valid).toEqual([
      finding(
        [2, 1, 2, 48],
        "This suppression govlint-disable covers a whole entity, so it must come before the entity's first key; use govlint-disable-next-line to silence one line.",
      ),
    ]);
  });

  it('reads suppressions in Markdown front matter and ignores the body', () => {
    const markdown = lines('---', '# govlint-disable process/single-owner', 'kind: Document', 'id: sla', '---', '# govlint-disable nothing here, it is a heading');
    expect(check(markdown, 'sla.md').valid).toEqual([
      finding([2, 1, 2, 39], "This suppression gives no reason: add one after ' -- ', such as '-- accepted by the risk board until the migration ends'.", 'sla.md'),
    ]);
  });

  it('ignores the directive inside a block of text', () => {
    const text = lines('kind: Process', 'id: incident', 'description: |', '  # govlint-disable-next-line everything', 'roles: { process-owner: ada }');
    expect(check(text).valid).toEqual([]);
  });

  describe('approvals', () => {
    const people = lines('kind: Person', 'id: priya-raman');
    const approved = (approval: string, requireApproval = false) => {
      const text = lines(`# govlint-disable process/single-owner -- the board agreed${approval}`, 'kind: Process', 'id: incident');
      const result = lintFiles({ 'incident.yaml': text, 'people.yaml': people }, { rules: [processSingleOwner, rule], options: { [RULE]: { requireApproval } } });
      return { valid: findingsOf(result, RULE).map((finding) => finding.message), approvedBy: result.model.suppressions[0]!.approvedBy, reason: result.model.suppressions[0]!.reason };
    };

    it('reads `-- approved-by: <person>` at the end, apart from the reason', () => {
      expect(approved(' -- approved-by: priya-raman')).toEqual({ valid: [], approvedBy: 'priya-raman', reason: 'the board agreed' });
      expect(approved(' -- approved-by: priya-raman', true).valid).toEqual([]);
    });

    it('reports an approver who is not a Person of the register', () => {
      expect(approved(' -- approved-by: priya-ramen').valid).toEqual(["This suppression names an approver 'priya-ramen' who is not a Person of the register (did you mean 'priya-raman'?)."]);
    });

    it('reports an approval that names no one person', () => {
      expect(approved(' -- approved-by: the board').valid).toEqual([
        "This suppression names its approver as 'the board', not one person id: end it with '-- approved-by: <person id>'.",
      ]);
    });

    it('asks for an approver only with `requireApproval`', () => {
      expect(approved('').valid).toEqual([]);
      expect(approved('', true).valid).toEqual([
        "This suppression names nobody who approved it: end it with '-- approved-by: <person id>', the person who granted the exception.",
      ]);
    });
  });
});
