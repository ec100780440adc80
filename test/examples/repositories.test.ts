// The example input adapter, tested through the built-in rules
// that read what it makes (refs/resolve, schema/valid), each finding at the list item's own lines.
import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import plugin from '../../examples/repositories/plugins/govlint-plugin-repositories.js';
import type { Plugin } from '../../src/api/types.js';
import refsResolve from '../../src/rules/refs-resolve.js';
import schemaValid from '../../src/rules/schema-valid.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

// The plugin imports govlint's build (dist/), the test runs the sources: the same API, two copies of its types.
const tester = new RuleTester({ plugins: [plugin as unknown as Plugin] });
const TEAMS = lines('kind: Team', 'id: payments', '---', 'kind: Team', 'id: web-platform');

tester.run(refsResolve, {
  valid: [{ files: { 'teams.yaml': TEAMS, 'repositories.yaml': lines('- name: payments-api', '  team: payments', '- name: checkout-web', '  team: web-platform') } }],
  invalid: [
    {
      name: 'a team that does not exist, at the item that names it',
      files: { 'teams.yaml': TEAMS, 'org/repositories.yaml': lines('- name: payments-api', '  team: payments', '- name: fraud-rules', '  team: payment') },
      findings: [{ file: 'org/repositories.yaml', line: 4, column: 9, message: "Repository 'fraud-rules': `team` names 'payment', but there is no Team with that id (did you mean 'payments'?)." }],
    },
  ],
});

tester.run(schemaValid, {
  valid: [
    { files: { 'teams.yaml': TEAMS, 'repositories.yml': lines('- name: payments-api', '  team: payments', '  archived: true') } },
  ],
  invalid: [
    {
      name: 'a missing team at the item, an unknown field at its key',
      files: { 'teams.yaml': TEAMS, 'repositories.yaml': lines('- name: payments-api', '  team: payments', '- name: design-system', '  visibilty: public') },
      findings: [
        { file: 'repositories.yaml', line: 3, column: 3, message: "Repository 'design-system' is missing the required field `team`." },
        { file: 'repositories.yaml', line: 4, column: 3, message: "Repository 'design-system' has an unknown field `visibilty` (did you mean `visibility`?)." },
      ],
    },
    {
      name: 'a list in another file is not read by the adapter',
      files: { 'teams.yaml': TEAMS, 'notes.yaml': lines('- name: payments-api') },
      findings: [
        { file: 'notes.yaml', line: 1, column: 1, message: 'This YAML document is not a mapping, so it cannot be an entity: write one entity per document, each a mapping with `kind` and `id`.' },
      ],
    },
  ],
});
