import { describe, it } from 'vitest';
import { backstagePlugin } from '../../src/backstage/plugin.js';
import rule from '../../src/rules/backstage-location-targets.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

function location(...spec: string[]): string {
  return lines('apiVersion: backstage.io/v1alpha1', 'kind: Location', 'metadata:', '  name: root', 'spec:', ...spec);
}

const SERVICE = lines('apiVersion: backstage.io/v1alpha1', 'kind: Component', 'metadata:', '  name: web', 'spec:', '  type: website', '  lifecycle: production', '  owner: web-team');

new RuleTester({ plugins: [backstagePlugin] }).run(rule, {
  valid: [
    {
      name: 'accepts relative targets, resolved from the folder of the Location, and patterns that match',
      files: {
        'catalog/all.yaml': location('  targets:', '    - ./services/web.yaml', '    - services/web.yaml', '    - ../catalog/**/web.yaml', '    - ./*/*.yaml'),
        'catalog/services/web.yaml': SERVICE,
      },
    },
    {
      name: 'leaves addresses and absolute paths to Backstage',
      files: { 'all.yaml': location('  type: url', '  target: https://github.com/acme/web/blob/main/catalog-info.yaml', '  targets: [/srv/catalog/all.yaml]') },
    },
  ],
  invalid: [
    {
      name: 'reports a target that names no file, and a pattern that matches none, at the target',
      files: {
        'catalog/all.yaml': location('  target: ./services/api.yaml', '  targets:', '    - ./services/web.yaml', '    - ./teams/*.yaml'),
        'catalog/services/web.yaml': SERVICE,
      },
      findings: [
        {
          file: 'catalog/all.yaml',
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 30,
          message:
            "backstage:Location 'location:default/root' has the target './services/api.yaml', but there is no catalog/services/api.yaml among the files govlint read: add the file, or correct or remove the target.",
        },
        {
          file: 'catalog/all.yaml',
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 21,
          message: "backstage:Location 'location:default/root' has the target './teams/*.yaml', which matches none of the files govlint read: correct the pattern, or remove the target.",
        },
      ],
    },
  ],
});
