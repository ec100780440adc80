import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../src/formatters/junit.js';
import type { CheckReport } from '../../src/formatters/types.js';
import { finding, handReport } from '../helpers/check-report.js';
import { hasXmllint, validateJunit } from '../helpers/validate-junit.js';
import { childElements, parseXml, textOf } from './xml.js';

/** A hand-written report whose rules are only those named, as the config would list them (sorted by id). */
function reportOf(findings: CheckReport['findings'], ruleIds: string[]): CheckReport {
  const report = handReport(findings);
  return { ...report, rules: report.rules.filter((rule) => ruleIds.includes(rule.id)) };
}

const RULES = ['docs/stale', 'ids/unique', 'process/single-owner'];

const FINDINGS = [
  finding({
    ruleId: 'ids/unique',
    file: 'systems/pos.yaml',
    line: 2,
    column: 5,
    message: "System 'pos' uses an id already taken.",
    entity: { kind: 'System', id: 'pos' },
    related: [{ file: 'systems/old-pos.yaml', line: 2, column: 5, endLine: 2, endColumn: 8, message: "System 'pos' first uses id 'pos' here." }],
  }),
  finding({ ruleId: 'docs/stale', severity: 'warning', file: 'docs/pos.md', line: 4, column: 11, message: "Document 'pos-sla' is overdue for review.", entity: { kind: 'Document', id: 'pos-sla' } }),
  finding({ ruleId: 'yaml/syntax', file: 'broken.yaml', line: 3, column: 7, message: 'Missing closing "quote.' }),
];

describe('formatJunit', () => {
  it('writes a suite per rule, a failing case per finding and a passing case for a rule that found nothing', () => {
    expect(formatJunit(reportOf(FINDINGS, RULES), { color: false })).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="govlint" tests="4" failures="3" errors="0">',
        '  <testsuite name="docs/stale" tests="1" failures="1" errors="0">',
        '    <testcase classname="docs/pos.md" name="docs/pos.md:4:11 Document &apos;pos-sla&apos;">',
        '      <failure message="Document &apos;pos-sla&apos; is overdue for review." type="warning">docs/pos.md:4:11',
        'Document &apos;pos-sla&apos; is overdue for review.',
        'Rule: docs/stale (https://github.com/govlint/govlint/blob/main/docs/rules/docs-stale.md)</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="ids/unique" tests="1" failures="1" errors="0">',
        '    <testcase classname="systems/pos.yaml" name="systems/pos.yaml:2:5 System &apos;pos&apos;">',
        '      <failure message="System &apos;pos&apos; uses an id already taken." type="error">systems/pos.yaml:2:5',
        'System &apos;pos&apos; uses an id already taken.',
        'Rule: ids/unique (https://github.com/govlint/govlint/blob/main/docs/rules/ids-unique.md)',
        'Related: systems/old-pos.yaml:2:5 System &apos;pos&apos; first uses id &apos;pos&apos; here.</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="process/single-owner" tests="1" failures="0" errors="0">',
        '    <testcase classname="process/single-owner" name="no problems"/>',
        '  </testsuite>',
        '  <testsuite name="yaml/syntax" tests="1" failures="1" errors="0">',
        '    <testcase classname="broken.yaml" name="broken.yaml:3:7">',
        '      <failure message="Missing closing &quot;quote." type="error">broken.yaml:3:7',
        'Missing closing &quot;quote.',
        'Rule: yaml/syntax</failure>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('gives a finding of a rule the report does not list a suite of its own, in id order, without a docs link', () => {
    const root = parseXml(formatJunit(reportOf([finding({ ruleId: 'acme/has-contract', file: 'v.yaml', line: 1, column: 1, message: 'No contract.' })], RULES), { color: false }));
    const suites = childElements(root, 'testsuite');
    expect(suites.map((suite) => suite.attributes.name)).toEqual(['acme/has-contract', 'docs/stale', 'ids/unique', 'process/single-owner']);
    expect(textOf(childElements(childElements(suites[0]!, 'testcase')[0]!, 'failure')[0]!)).toBe('v.yaml:1:1\nNo contract.\nRule: acme/has-contract');
    expect(root.attributes).toEqual({ name: 'govlint', tests: '4', failures: '1', errors: '0' });
  });

  it('writes every rule as passed when there are no findings', () => {
    const root = parseXml(formatJunit(reportOf([], RULES), { color: false }));
    expect(root.attributes).toEqual({ name: 'govlint', tests: '3', failures: '0', errors: '0' });
    for (const suite of childElements(root, 'testsuite')) {
      expect(childElements(suite, 'testcase').map((testcase) => testcase.attributes)).toEqual([{ classname: suite.attributes.name, name: 'no problems' }]);
    }
  });

  it('leaves out suppressed findings and those a baseline already knows, so their rule passes', () => {
    const hidden = [
      finding({ ruleId: 'ids/unique', file: 'a.yaml', line: 1, column: 1, message: 'Taken.', suppression: { justification: 'migrating' } }),
      finding({ ruleId: 'docs/stale', file: 'd.md', line: 1, column: 1, message: 'Stale.', baselineState: 'unchanged' }),
      finding({ ruleId: 'docs/stale', file: 'e.md', line: 1, column: 1, message: 'Stale too.', baselineState: 'new' }),
    ];
    const root = parseXml(formatJunit(reportOf(hidden, RULES), { color: false }));
    expect(root.attributes).toMatchObject({ tests: '3', failures: '1' });
    const cases = childElements(root, 'testsuite').map((suite) => childElements(suite, 'testcase').map((testcase) => testcase.attributes.name));
    expect(cases).toEqual([['e.md:1:1'], ['no problems'], ['no problems']]);
  });

  it('escapes the five special characters, drops characters XML 1.0 forbids, and stays well-formed', () => {
    const message = 'A & B <script>alert("x")</script> it\'s ]]> done\u0000\u0001\u0008\u000b\u000c\u001b[31m\ud800\ufffe\uffff\u0085 é 😀\ttab\nline\r\nwindows\rmac';
    const file = 'we<ird> & "odd" \'dir\'/fi\u0007le.yaml';
    const output = formatJunit(reportOf([finding({ ruleId: 'docs/stale', file, line: 1, column: 2, message, entity: { kind: 'Document', id: '<&>' } })], RULES), {
      color: false,
    });
    const root = parseXml(output);
    const testcase = childElements(childElements(root, 'testsuite')[0]!, 'testcase')[0]!;
    const failure = childElements(testcase, 'failure')[0]!;
    const clean = 'A & B <script>alert("x")</script> it\'s ]]> done[31m\u0085 é 😀\ttab\nline\r\nwindows\rmac';
    const cleanFile = 'we<ird> & "odd" \'dir\'/file.yaml';
    expect(failure.attributes.message).toBe(clean);
    expect(testcase.attributes).toEqual({ classname: cleanFile, name: `${cleanFile}:1:2 Document '<&>'` });
    expect(textOf(failure).split('\n').slice(0, 2)).toEqual([`${cleanFile}:1:2`, 'A & B <script>alert("x")</script> it\'s ]]> done[31m\u0085 é 😀\ttab']);
    expect(textOf(failure)).toContain('line\r\nwindows\rmac\nRule: docs/stale');
    expect(output).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(output).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; it&apos;s ]]&gt; done');
  });

  it('is rejected by the well-formedness check when it should be', () => {
    for (const bad of ['<a>', '<a></b>', '<a b="1" b="2"/>', '<a>&nope;</a>', '<a>\u0001</a>', '<a b="<"/>', '<a/><b/>', '<a>]]></a>', '<a>&#1;</a>']) {
      expect(() => parseXml(`<?xml version="1.0" encoding="UTF-8"?>\n${bad}`), bad).toThrow();
    }
    expect(parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a b="&#10;x&amp;">t&lt;</a>')).toEqual({ name: 'a', attributes: { b: '\nx&' }, children: ['t<'] });
  });

  it.skipIf(!hasXmllint)('is valid against the JUnit schema of Jenkins\' xUnit plugin, with findings, without and with hostile text', () => {
    const hostile = finding({
      ruleId: 'docs/stale',
      file: 'we<ird> & "odd"/fi\u0007le.yaml',
      line: 1,
      column: 2,
      message: 'A & B <script>\u001b[31m ]]> \ud800\uffff é\r\nnext',
      entity: { kind: 'Document', id: '<&>' },
    });
    for (const report of [reportOf(FINDINGS, RULES), reportOf([], RULES), reportOf([hostile], RULES)]) {
      expect(validateJunit(formatJunit(report, { color: false }))).toBe('');
    }
  });
});

