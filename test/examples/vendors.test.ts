// The example plugin's rules, tested as a plugin author would: with govlint/testing, the package's own entry point.
import { describe, it } from 'vitest';
import { RuleTester } from 'govlint/testing';
import plugin from '../../examples/vendors/plugins/govlint-plugin-vendors.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({ plugins: [plugin] });
const rule = (id: string) => plugin.rules!.find((candidate) => candidate.meta.id === id)!;

tester.run(rule('has-contract'), {
  valid: [lines('kind: Vendor', 'id: acme', 'contract: acme-msa', 'systems: [pos]'), lines('kind: Vendor', 'id: acme', 'systems: []')],
  invalid: [
    {
      code: lines('kind: Vendor', 'id: acme', 'systems: [pos]'),
      findings: [{ message: "Vendor 'acme' supplies systems but has no contract: add `contract`, the id of the Document holding it.", line: 1, column: 1 }],
    },
  ],
});

tester.run(rule('single-manager'), {
  valid: [lines('kind: Vendor', 'id: acme', 'roles:', '  vendor-manager: lena'), lines('kind: Vendor', 'id: acme', 'roles:', '  vendor-manager: [lena]')],
  invalid: [
    {
      name: 'without roles, at its first key',
      code: lines('kind: Vendor', 'id: acme'),
      findings: [{ message: "Vendor 'acme' has no vendor manager: add `roles.vendor-manager`, the person who answers for the relationship.", line: 1, column: 1 }],
    },
    {
      name: 'without the role, at roles',
      code: lines('kind: Vendor', 'id: acme', 'roles:', '  document-owner: lena'),
      findings: [{ message: "Vendor 'acme' has no vendor manager: add `roles.vendor-manager`, the person who answers for the relationship.", line: 3, column: 1 }],
    },
    {
      name: 'with two, at the list',
      code: lines('kind: Vendor', 'id: acme', 'roles:', '  vendor-manager: [lena, omar]'),
      findings: [
        {
          message: "Vendor 'acme' has 2 vendor managers (lena, omar): keep one, so that one person answers for the relationship.",
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 31,
        },
      ],
    },
  ],
});

const POS = lines('kind: System', 'id: pos', 'vendor: acme');

tester.run(rule('supplies-system'), {
  valid: [
    { name: 'both sides agree', files: { 'vendors.yaml': lines('kind: Vendor', 'id: acme', 'systems: [pos]'), 'pos.yaml': POS } },
    {
      name: "an id that names no entity is refs/resolve's",
      code: lines('kind: Vendor', 'id: acme', 'systems: [pos, till]', '---', 'kind: System', 'id: pos', 'vendor: acmee', '---', 'kind: System', 'id: web', 'vendor: nobody'),
    },
  ],
  invalid: [
    {
      name: 'a System the Vendor supplies names no vendor',
      code: lines('kind: Vendor', 'id: acme', 'systems: [web, pos]', '---', 'kind: System', 'id: pos', 'name: POS'),
      findings: [{ message: "Vendor 'acme' supplies System 'pos', which names no `vendor`: add `vendor: acme` to it.", line: 3, column: 16, endColumn: 19 }],
    },
    {
      name: 'a System the Vendor supplies names another, reported once at the Vendor',
      files: {
        'vendors.yaml': lines('kind: Vendor', 'id: acme', 'systems: [pos]', '---', 'kind: Vendor', 'id: findwell', 'systems: []'),
        'pos.yaml': lines('kind: System', 'id: pos', 'vendor: findwell'),
      },
      findings: [
        {
          message: "Vendor 'acme' supplies System 'pos', whose `vendor` is Vendor 'findwell': correct whichever of the two is out of date.",
          file: 'vendors.yaml',
          line: 3,
          column: 11,
        },
      ],
    },
    {
      name: 'a System names a Vendor that does not list it',
      files: { 'vendors.yaml': lines('kind: Vendor', 'id: acme', 'systems: []'), 'pos.yaml': POS },
      findings: [
        {
          message: "System 'pos' names Vendor 'acme' as its `vendor`, but the Vendor does not list it under `systems`: add 'pos' there.",
          file: 'pos.yaml',
          line: 3,
          column: 9,
          endColumn: 13,
        },
      ],
    },
  ],
});
