import { describe, it } from 'vitest';
import { backstagePlugin } from '../../src/backstage/plugin.js';
import rule from '../../src/rules/backstage-group-hierarchy.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

/** A Backstage Group, with `spec` lines after its type. */
function group(name: string, ...spec: string[]): string {
  return lines('apiVersion: backstage.io/v1alpha1', 'kind: Group', 'metadata:', `  name: ${name}`, 'spec:', '  type: team', ...spec);
}

function groups(...documents: string[]): Record<string, string> {
  return { 'groups.yaml': documents.join('---\n') };
}

new RuleTester({ plugins: [backstagePlugin] }).run(rule, {
  valid: [
    {
      name: 'accepts a parent and children that agree, whatever form each reference takes',
      files: groups(group('engineering', '  children: [payments, group:default/search]'), group('payments', '  parent: group:engineering', '  children: []'), group('search', '  parent: default/engineering', '  children: []')),
    },
    {
      name: 'accepts a child without `spec.parent`: Backstage makes the relation from the children',
      files: groups(group('engineering', '  children: [payments]'), group('payments', '  children: []')),
    },
    {
      name: 'leaves an unknown parent to refs/resolve',
      files: groups(group('payments', '  parent: enginering', '  children: []')),
    },
  ],
  invalid: [
    {
      name: "reports a Group whose parent does not list it, at `spec.parent`",
      files: groups(group('engineering', '  children: []'), group('payments', '  parent: engineering', '  children: []')),
      findings: [
        {
          file: 'groups.yaml',
          line: 15,
          column: 11,
          endLine: 15,
          endColumn: 22,
          message:
            "backstage:Group 'group:default/payments' names backstage:Group 'group:default/engineering' as its `spec.parent`, but that group's `spec.children` (in groups.yaml) do not list it, so the hierarchy depends on where one looks: add 'payments' to them, or correct `spec.parent`.",
        },
      ],
    },
    {
      name: 'reports a child that names another parent, at the child in `spec.children`',
      files: groups(
        group('engineering', '  children: [payments]'),
        group('operations', '  children: [payments]'),
        group('payments', '  parent: operations', '  children: []'),
      ),
      findings: [
        {
          file: 'groups.yaml',
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 22,
          message:
            "backstage:Group 'group:default/engineering' lists backstage:Group 'group:default/payments' in `spec.children`, but that group names 'group:default/operations' as its `spec.parent` (in groups.yaml), so the hierarchy depends on where one looks: remove it from one of the two groups' children, or correct its `spec.parent`.",
        },
      ],
    },
  ],
});
