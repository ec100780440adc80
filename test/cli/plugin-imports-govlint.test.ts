import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeRepo, runGovlint } from '../helpers/run-cli.js';

// Module resolution is the process's own: these run the built command line, from repos in the test run's temporary
// folder, where no node_modules holds govlint and this project's package.json (which would let `govlint` resolve
// to itself) is not above them.
const BUNDLE = resolve(import.meta.dirname, '../../dist/bundle');

const PLUGIN = `import { definePlugin, defineRule, describeEntity, roleHolders } from 'govlint';

export default definePlugin({
  name: 'acme',
  rules: [
    defineRule({
      meta: {
        id: 'has-owner',
        description: 'A System has someone in one of the owner roles.',
        severity: 'warning',
        options: { type: 'object', properties: { roles: { type: 'array', items: { type: 'string' } } }, required: ['roles'], additionalProperties: false },
      },
      check({ model, options, report }) {
        for (const system of model.ofKind('System')) {
          if (options.roles.some((role) => roleHolders(system, role).length > 0)) continue;
          report({ entity: system, path: ['roles'], message: \`\${describeEntity(system)} has nobody in \${options.roles.join(' or ')}.\` });
        }
      },
    }),
  ],
});
`;

const CONFIG = `import { BUILTIN_ROLES } from 'govlint';

export default {
  plugins: ['./plugins/acme.js'],
  rules: {
    'system/single-owner': 'off',
    'acme/has-owner': ['error', { roles: BUILTIN_ROLES.filter((role) => role.endsWith('-owner')) }],
  },
};
`;

const REGISTER = {
  'people.yaml': 'kind: Person\nid: ada\n',
  'systems.yaml': 'kind: System\nid: pos\nroles:\n  system-owner: ada\n---\nkind: System\nid: till\nroles:\n  product-manager: ada\n',
};

const FINDINGS = [
  'systems.yaml',
  "  9:3  error  System 'till' has nobody in document-owner or process-owner or product-owner or system-owner.  acme/has-owner",
  '',
  '✖ 1 problem (1 error, 0 warnings, 0 notes) in 3 entities in 2 files.',
  '',
].join('\n');

describe('a plugin or JavaScript config that imports govlint, with no govlint installed beside it', () => {
  it("gets the running govlint's defineRule, definePlugin, helpers and BUILTIN_ROLES", async () => {
    const root = makeRepo({ ...REGISTER, 'package.json': '{ "private": true, "type": "module" }\n', 'plugins/acme.js': PLUGIN, '.govlintrc.mjs': CONFIG });
    expect(await runGovlint(['check'], root)).toEqual({ code: 1, stdout: FINDINGS, stderr: '' });
  });

  it("gets the bundled command line's own entry points for govlint and govlint/testing, not a govlint installed beside it", async () => {
    const root = makeRepo({
      ...REGISTER,
      'plugins/acme.mjs': PLUGIN,
      'node_modules/govlint/package.json': '{ "name": "govlint", "type": "module", "exports": { ".": "./index.js", "./testing": "./index.js" } }\n',
      'node_modules/govlint/index.js': "throw new Error('the govlint installed beside the config was loaded');\n",
      '.govlintrc.mjs': [
        "import { RuleTester } from 'govlint/testing';",
        "process.stderr.write(`${import.meta.resolve('govlint')}\\n${import.meta.resolve('govlint/testing')}\\n${typeof RuleTester}\\n`);",
        CONFIG.replace('./plugins/acme.js', './plugins/acme.mjs'),
      ].join('\n'),
    });
    const stderr = `${pathToFileURL(`${BUNDLE}/index.js`).href}\n${pathToFileURL(`${BUNDLE}/testing/rule-tester.js`).href}\nfunction\n`;
    expect(await runGovlint(['check'], root)).toEqual({ code: 1, stdout: FINDINGS, stderr });
  });

  it('stops with exit 2 on a subpath that govlint does not export, rather than trying another govlint', async () => {
    const root = makeRepo({ ...REGISTER, 'plugins/acme.mjs': "export { default } from 'govlint/dist/index.js';\n", '.govlintrc.yaml': 'plugins: [./plugins/acme.mjs]\n' });
    expect(await runGovlint(['check'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: `govlint: cannot load plugin './plugins/acme.mjs': Package subpath './dist/index.js' is not defined by "exports" in govlint\n`,
    });
  });
});
