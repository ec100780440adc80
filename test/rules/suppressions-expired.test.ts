import { describe, expect, it } from 'vitest';
import processSingleOwner from '../../src/rules/process-single-owner.js';
import rule from '../../src/rules/suppressions-expired.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'suppressions/expired';
const TEXT = lines('# govlint-disable process/single-owner -- until 2027-03-31: granted by the board', 'kind: Process', 'id: incident');

function check(today: string) {
  const result = lintFiles({ 'incident.yaml': TEXT }, { rules: [processSingleOwner, rule], today });
  return { expired: findingsOf(result, RULE).map(brief), owner: findingsOf(result, 'process/single-owner') };
}

describe('suppressions/expired', () => {
  it('keeps silencing up to and including the expiry date', () => {
    const { expired, owner } = check('2027-03-31');
    expect(expired).toEqual([]);
    expect(owner.map((f) => f.suppression)).toEqual([{ justification: 'granted by the board', until: '2027-03-31' }]);
  });

  it('is reported the day after, and no longer silences the finding', () => {
    const { expired, owner } = check('2027-04-01');
    expect(expired).toEqual([
      {
        ruleId: RULE,
        file: 'incident.yaml',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 81,
        message:
          'This suppression of process/single-owner expired on 2027-03-31 and no longer applies: fix the findings, or renew the exception with a new date and reason.',
      },
    ]);
    expect(owner.map((f) => f.suppression)).toEqual([undefined]);
  });

  it('announces an exception before it expires, as a note naming its approver, with `announce`', () => {
    const text = lines('# govlint-disable process/single-owner -- until 2027-03-31: granted by the board -- approved-by: priya-raman', 'kind: Process', 'id: incident');
    const announced = (today: string, announce?: string) =>
      findingsOf(lintFiles({ 'incident.yaml': text }, { rules: [processSingleOwner, rule], today, options: announce ? { [RULE]: { announce } } : {} }), RULE).map(
        (finding) => [finding.severity, finding.line, finding.column, finding.message],
      );
    expect(announced('2027-03-20')).toEqual([]);
    expect(announced('2027-03-16', '14 days')).toEqual([]);
    expect(announced('2027-03-17', '14 days')).toEqual([
      [
        'note',
        1,
        1,
        'This suppression of process/single-owner (approved by priya-raman) expires on 2027-03-31, in 14 days: fix the findings before then, or renew the exception with a new date and reason.',
      ],
    ]);
    expect(announced('2027-03-31', '14 days').map((finding) => finding[3])).toEqual([
      'This suppression of process/single-owner (approved by priya-raman) expires on 2027-03-31, today: fix the findings before then, or renew the exception with a new date and reason.',
    ]);
  });
});
