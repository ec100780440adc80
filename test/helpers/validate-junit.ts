import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The JUnit schema Jenkins' xUnit plugin validates reports against, vendored with its source noted beside it. */
const JUNIT_XSD = fileURLToPath(new URL('../fixtures/junit/junit-10.xsd', import.meta.url));

/** xmllint (Debian's libxml2-utils) is there: `.ci/run` installs it, and the tests that need it skip without it. */
export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

/** What xmllint says of a JUnit report checked against junit-10.xsd: empty when it is valid. */
export function validateJunit(xml: string): string {
  const result = spawnSync('xmllint', ['--noout', '--schema', JUNIT_XSD, '-'], { input: xml, encoding: 'utf8' });
  return result.status === 0 ? '' : `${result.stderr}`.trim() || `xmllint exited with ${result.status}`;
}
