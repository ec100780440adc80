import { describe, it } from 'vitest';
import rule from '../../src/rules/person-unique-email.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

const WHAT_TO_DO =
  'two Persons for one person split their roles between two identities, so overload and offboarding checks see neither whole. Merge them into one Person (and point their roles at it), or correct the address.';

const ANA = lines('kind: Person', 'id: ana', 'email: ana.lopez@example.org');

new RuleTester().run(rule, {
  valid: [
    { name: 'accepts different addresses', files: { 'people.yaml': `${ANA}---\n${lines('kind: Person', 'id: ben', 'email: ben@example.org')}` } },
    { name: 'accepts Persons without an e-mail address', files: { 'people.yaml': lines('kind: Person', 'id: ana', '---', 'kind: Person', 'id: ben') } },
    {
      name: 'accepts addresses that differ only beyond case, such as another domain',
      files: { 'people.yaml': `${ANA}---\n${lines('kind: Person', 'id: ana-lopez', 'email: ana.lopez@example.com')}` },
    },
    {
      name: 'leaves the same id twice to ids/unique',
      files: { 'people.yaml': `${ANA}---\n${ANA}` },
    },
  ],
  invalid: [
    {
      name: 'reports the second Person with an address, whatever its case, at its email',
      files: {
        'people.yaml': ANA,
        'people/ana-l.yaml': lines('kind: Person', 'id: ana-l', 'email: Ana.Lopez@Example.org'),
      },
      findings: [
        {
          file: 'people/ana-l.yaml',
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 29,
          message: `Person 'ana-l' has the e-mail address 'Ana.Lopez@Example.org' of Person 'ana' in people.yaml: ${WHAT_TO_DO}`,
        },
      ],
    },
    {
      name: 'reports every later Person against the first, in a Markdown file too',
      files: {
        'people.yaml': ANA,
        'people/ana-2.md': lines('---', 'kind: Person', 'id: ana-2', 'email: ana.lopez@example.org', '---', '# Ana'),
        'people/ana-3.yaml': lines('kind: Person', 'id: ana-3', 'email: ana.lopez@example.org'),
      },
      findings: [
        {
          file: 'people/ana-2.md',
          line: 4,
          column: 8,
          message: `Person 'ana-2' has the e-mail address 'ana.lopez@example.org' of Person 'ana' in people.yaml: ${WHAT_TO_DO}`,
        },
        {
          file: 'people/ana-3.yaml',
          line: 3,
          column: 8,
          message: `Person 'ana-3' has the e-mail address 'ana.lopez@example.org' of Person 'ana' in people.yaml: ${WHAT_TO_DO}`,
        },
      ],
    },
  ],
});
