import { describe, expect, it } from 'vitest';
import { lintParsed } from '../../src/engine/lint.js';
import type { Finding } from '../../src/engine/finding.js';
import { departureFindings, withoutPerson } from '../../src/reports/leaving.js';
import { lintFiles, lintSetup } from '../helpers/lint-files.js';
import { REGISTER, WITHOUT_ADA } from '../helpers/who-register.js';

const where = ({ ruleId, file, line, column }: Finding) => `${ruleId} ${file}:${line}:${column}`;
const what = ({ ruleId, file, entity, message }: Finding) => `${ruleId} ${file} ${entity?.kind} ${entity?.id}: ${message}`;

/** What ada's departure creates: her system, her side of the risk, and her RACI letters, the Markdown matrix's first. */
const CREATED = [
  'raci/has-responsible cutover.md:10:3',
  'raci/single-accountable cutover.md:10:3',
  'system/single-owner pos.yaml:3:1',
  'raci/single-accountable release.yaml:6:11',
  'raci/has-responsible release.yaml:9:11',
  'risk/dual-ownership risks.yaml:7:1',
];

describe('departureFindings', () => {
  const before = lintFiles(REGISTER);

  it("lists exactly the findings that removing a system owner, risk side and RACI column creates, at their places", () => {
    expect(departureFindings(before, 'ada', lintSetup()).map(where)).toEqual(CREATED);
  });

  it('foresees what removing the person by hand gives', () => {
    const known = new Set(before.findings.map(what));
    const byHand = lintFiles(WITHOUT_ADA).findings.filter((finding) => !known.has(what(finding)));
    expect(departureFindings(before, 'ada', lintSetup()).map(what)).toEqual(byHand.map(what));
    // At the same places too: none of these lines moved when the others were deleted.
    expect(byHand.map(where)).toEqual(CREATED);
  });

  it('leaves out the findings that were there before: the team place linus leaves was one already', () => {
    expect(before.findings.map(where)).toContain('team/members-match teams.yaml:5:5');
    expect(departureFindings(before, 'linus', lintSetup()).map(where)).toEqual(['raci/has-responsible cutover.md:11:3', 'raci/has-responsible release.yaml:6:11']);
  });
});

describe('withoutPerson', () => {
  it("drops the exceptions written in the Person's document with it, rather than report them unused", () => {
    const [ada, grace, linus] = REGISTER['people.yaml']!.split('---\n');
    const shared = grace!.replace('grace@example.com', 'ada@example.com');
    const people = [shared, `# govlint-disable person/unique-email -- one mailbox until the migration\n${ada}`, linus].join('---\n');
    const withException = lintFiles({ ...REGISTER, 'people.yaml': people });
    expect(withException.model.suppressions.map(({ matched }) => matched)).toEqual([1]);
    expect(departureFindings(withException, 'ada', lintSetup()).map(where)).toEqual(CREATED);
    expect(withException.model.suppressions.map(({ matched }) => matched)).toEqual([1]);
  });

  const before = lintFiles(REGISTER);

  it("removes every reference and the Person's document, leaving the model it was given as it was", () => {
    const files = withoutPerson(before.model, 'ada');
    const after = lintParsed(files, lintSetup());
    expect(after.model.withId('ada')).toEqual([]);
    const data = (id: string) => after.model.withId(id)[0]!.data;
    expect(data('platform').members).toEqual(['linus']);
    expect(data('grace').deputy).toBeUndefined();
    expect(data('pos').roles).toEqual({});
    expect(data('release-raci').parties).toEqual(['grace', 'linus']);
    expect(data('cutover-raci').parties).toEqual(['grace', 'linus']);
    expect(before.model.withId('platform')[0]!.data.members).toEqual(['ada', 'linus']);
    expect(before.model.files.map((file) => file.documents.length)).toEqual(files.map((file) => file.documents.length + (file.path === 'people.yaml' ? 1 : 0)));
  });

  it('locates a list item after a removed one where the text has it', () => {
    const after = lintParsed(withoutPerson(before.model, 'ada'), lintSetup());
    // linus was members[1] and is members[0] of the copy: still found on line 5, where the file names him.
    const moved = after.findings.find((finding) => finding.ruleId === 'team/members-match' && finding.file === 'teams.yaml');
    expect(moved && where(moved)).toBe('team/members-match teams.yaml:5:5');
    const cell = after.findings.find((finding) => finding.ruleId === 'raci/single-accountable' && finding.file === 'release.yaml');
    expect(cell && where(cell)).toBe('raci/single-accountable release.yaml:6:11');
  });
});
