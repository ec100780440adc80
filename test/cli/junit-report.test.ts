import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { childElements, parseXml, textOf, type XmlElement } from '../formatters/xml.js';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { hasXmllint, validateJunit } from '../helpers/validate-junit.js';

const PEOPLE = 'kind: Person\nid: ada\n';
const MISSPELT_OWNER = 'kind: System\nid: pos\nlifecycle: planned\nroles:\n  system-owner: adah\n';
const DUPLICATE = 'kind: System\nid: pos\nlifecycle: planned\nroles:\n  system-owner: ada\n';

/**
 * The test cases as GitLab's JUnit parser reads them (lib/gitlab/ci/parsers/test/junit.rb): under one `testsuites`,
 * through any nesting of `testsuite`, each `testcase` with its suite's name, `classname`, `name`, `file`, and a
 * status from a `failure`, `error` or `skipped` child, whose text is the details.
 */
function readAsGitlab(root: XmlElement) {
  const cases: Array<{ suite: string; classname?: string; name?: string; file?: string; status: string; details?: string }> = [];
  const walk = (suite: XmlElement) => {
    for (const testcase of childElements(suite, 'testcase')) {
      const [failure] = childElements(testcase, 'failure');
      cases.push({
        suite: suite.attributes.name!,
        classname: testcase.attributes.classname,
        name: testcase.attributes.name,
        file: testcase.attributes.file,
        status: failure ? 'failed' : 'success',
        details: failure && textOf(failure),
      });
    }
    for (const nested of childElements(suite, 'testsuite')) walk(nested);
  };
  expect(root.name).toBe('testsuites');
  for (const suite of childElements(root, 'testsuite')) walk(suite);
  return cases;
}

describe('govlint check -f junit', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  const repo = (files: Record<string, string>) => {
    const root = makeRepo(files);
    roots.push(root);
    return root;
  };

  it.skipIf(!hasXmllint)('writes a report with failures that the JUnit schema of Jenkins\' xUnit plugin accepts, and GitLab reads', async () => {
    const { code, stdout } = await runInProcess(['check', '-f', 'junit'], repo({ 'people.yaml': PEOPLE, 'pos.yaml': MISSPELT_OWNER, 'old/pos.yaml': DUPLICATE }));
    expect(code).toBe(1);
    expect(validateJunit(stdout)).toBe('');
    const cases = readAsGitlab(parseXml(stdout));
    expect(cases.filter((testcase) => testcase.status === 'failed')).toEqual([
      {
        suite: 'ids/unique',
        classname: 'pos.yaml',
        name: "pos.yaml:2:5 System 'pos'",
        file: undefined,
        status: 'failed',
        details:
          "pos.yaml:2:5\nSystem 'pos' uses an id already taken by System 'pos' in old/pos.yaml: ids must be unique across the repo, so rename one of them.\nRule: ids/unique (https://github.com/govlint/govlint/blob/main/docs/rules/ids-unique.md)\nRelated: old/pos.yaml:2:5 System 'pos' first uses id 'pos' here.",
      },
      {
        suite: 'refs/resolve',
        classname: 'pos.yaml',
        name: "pos.yaml:5:17 System 'pos'",
        file: undefined,
        status: 'failed',
        details:
          "pos.yaml:5:17\nSystem 'pos': `roles.system-owner` names 'adah', but there is no Person with that id (did you mean 'ada'?).\nRule: refs/resolve (https://github.com/govlint/govlint/blob/main/docs/rules/refs-resolve.md)\nRelated: people.yaml:2:5 Person 'ada' is defined here.",
      },
    ]);
    for (const passed of cases.filter((testcase) => testcase.status !== 'failed')) expect(passed).toMatchObject({ classname: passed.suite, name: 'no problems' });
  });

  it.skipIf(!hasXmllint)('writes a report without failures that the schema accepts', async () => {
    const { code, stdout } = await runInProcess(['check', '-f', 'junit'], repo({ 'people.yaml': PEOPLE }));
    expect(code).toBe(0);
    expect(validateJunit(stdout)).toBe('');
    const cases = readAsGitlab(parseXml(stdout));
    expect(cases.length).toBeGreaterThan(10);
    expect(cases.filter((testcase) => testcase.status !== 'success')).toEqual([]);
  });
});
