import type { Finding } from '../engine/finding.js';
import { ownerIds, reported, type Formatter } from './types.js';

/**
 * JUnit XML for the test reports of CI servers: a test suite per rule, a failing test case per finding (its
 * class name is the file), and one passing test case for a rule that found nothing, so that it shows as passed.
 * It keeps to the JUnit schema that Jenkins' xUnit plugin validates reports against (junit-10.xsd), which skips a
 * report that does not: a test case there has no `file` attribute, so the file is in the class name and the test
 * name, where GitLab's test report shows them too.
 */
export const formatJunit: Formatter = (report) => {
  const shown = reported(report.findings);
  const findingsByRule = new Map<string, Finding[]>(report.rules.map((rule) => [rule.id, []]));
  for (const finding of shown) {
    const findings = findingsByRule.get(finding.ruleId);
    if (findings) findings.push(finding);
    else findingsByRule.set(finding.ruleId, [finding]);
  }
  const docs = new Map(report.rules.map((rule) => [rule.id, rule.docs]));
  const ruleIds = [...findingsByRule.keys()].sort();

  const suites = ruleIds.map((ruleId) => {
    const findings = findingsByRule.get(ruleId)!;
    const cases = findings.length === 0 ? [passingCase(ruleId)] : findings.map((finding) => failingCase(finding, docs.get(ruleId)));
    return [
      `  <testsuite${attributes({ name: ruleId, tests: cases.length, failures: findings.length, errors: 0 })}>`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const passed = ruleIds.filter((ruleId) => findingsByRule.get(ruleId)!.length === 0).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: report.tool.name, tests: shown.length + passed, failures: shown.length, errors: 0 })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function passingCase(ruleId: string): string {
  return `    <testcase${attributes({ classname: ruleId, name: 'no problems' })}/>`;
}

function failingCase(finding: Finding, docs: string | undefined): string {
  const position = `${finding.file}:${finding.line}:${finding.column}`;
  const entity = finding.entity ? ` ${finding.entity.kind}${finding.entity.id === undefined ? '' : ` '${finding.entity.id}'`}` : '';
  const details = [
    position,
    finding.message,
    `Rule: ${finding.ruleId}${docs ? ` (${docs})` : ''}`,
    ...(finding.owners ? [`Owners: ${ownerIds(finding)}`] : []),
    ...(finding.related ?? []).map((related) => `Related: ${related.file}:${related.line}:${related.column} ${related.message}`),
  ];
  return [
    `    <testcase${attributes({ classname: finding.file, name: `${position}${entity}` })}>`,
    `      <failure${attributes({ message: finding.message, type: finding.severity })}>${escapeText(details.join('\n'))}</failure>`,
    '    </testcase>',
  ].join('\n');
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}

/** Characters XML 1.0 does not allow at all, not even as references: most C0 controls, lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

/** Element text: the five special characters as entities; CR as a reference, since parsers turn a raw one into LF. */
function escapeText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"'\r]/g, (char) => ENTITIES[char]!);
}

/** An attribute value: as element text, and tab and LF as references, which parsers would otherwise turn into spaces. */
function escapeAttribute(text: string): string {
  return escapeText(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
