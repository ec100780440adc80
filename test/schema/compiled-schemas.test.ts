import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { backstagePlugin } from '../../src/backstage/plugin.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { builtinRules } from '../../src/rules/index.js';
import { BUILTIN_KINDS, builtinKindSchemas, kindSchemaFile, readSchema, sharedDefinitions, type JsonSchema } from '../../src/schema/builtin-kinds.js';
import { extendKindSchema } from '../../src/schema/compose-kind-schema.js';
import { KindRegistry } from '../../src/schema/kind-registry.js';
import { createAjv } from '../../src/schema/create-ajv.js';
import { collectReferences, type FoundReference } from '../../src/schema/reference-keyword.js';
import { toSchemaIssues } from '../../src/schema/schema-issues.js';
import { makeRepo, runGovlint } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

// The validators generated at build time live in dist/ (`pretest` builds it). They import dist's reference
// collector, so each side is run with its own collectReferences: dist's for the generated code, src's for ajv.
const ROOT = resolve(import.meta.dirname, '../..');
const dist = (path: string) => import(pathToFileURL(resolve(ROOT, 'dist', path)).href);

let compiled: typeof import('../../src/schema/precompiled.js')['compiledSchemas'];
let distCollect: typeof collectReferences;
let DistKindRegistry: typeof import('../../src/schema/kind-registry.js')['KindRegistry'];
let distResolveConfig: typeof resolveConfig;

beforeAll(async () => {
  compiled = (await dist('schema/compiled-schemas.js')).compiledSchemas;
  distCollect = (await dist('schema/reference-keyword.js')).collectReferences;
  DistKindRegistry = (await dist('schema/kind-registry.js')).KindRegistry;
  distResolveConfig = (await dist('config/resolve-config.js')).resolveConfig;
});

interface Outcome {
  valid: boolean;
  errors: ErrorObject[] | null | undefined;
  references: FoundReference[];
}

function run(validate: ValidateFunction, collect: typeof collectReferences, data: unknown): Outcome {
  const { result, references } = collect(() => validate(data));
  return { valid: result as boolean, errors: validate.errors, references };
}

/** The validator of a schema compiled now, as govlint did before validators were generated. */
function compileNow(schema: JsonSchema, options: Options = {}, shared: JsonSchema[] = [sharedDefinitions()]): ValidateFunction {
  const ajv = createAjv(options);
  for (const schema of shared) ajv.addSchema(schema);
  return ajv.compile(schema);
}

/** Parses JSON, so that keys such as __proto__ are plain own keys, as the YAML parser gives them. */
const json = (text: string): unknown => JSON.parse(text);

const COMMON = { name: 'A name', description: 'What it is.', tags: ['core'], reviewed: '2026-01-31', reviewEvery: '6 months' };

/** For every kind: entities that pass, and entities that break its schema in each way it can be broken. */
const ENTITIES: Record<(typeof BUILTIN_KINDS)[number], unknown[]> = {
  Person: [
    { kind: 'Person', id: 'ada', ...COMMON, email: 'ada@example.org', team: 'core', roles: { 'document-owner': 'bob', reviewer: ['ada', 'grace'] } },
    { kind: 'Person', id: 'ada', email: 'not an e-mail', team: 3 },
    { kind: 'Person', id: '-ada', reviewed: '2026-02-30', reviewEvery: '3 fortnights', emial: 'ada@example.org' },
    { kind: 'Person', id: 'ada', reviewed: 20260131, tags: 'core', name: ['x'] },
    { kind: 'Person', id: '1ada', email: '1ada.l+govlint@mail.example.org', reviewed: '2024-02-29' },
    { kind: 'Person', id: 'ada', email: 'ada@-example.org', reviewed: '2026-01-31T00:00:00Z' },
    { kind: 'Person', id: 'ada', email: 'ada@example.org ', reviewed: '2026-1-31' },
    { kind: 'Persons', name: 'Ada' },
    { kind: 'Person', id: 'ada', roles: { 'a/b~c': 'ada', 'system-owner': 7, 'process-owner': ['ada', 8, { id: 'x' }] } },
    json('{"kind": "Person", "id": "ada", "roles": {"__proto__": "ada", "constructor": ["ada"]}, "__proto__": 1}'),
    { kind: 'Person', id: 'ada', roles: ['system-owner'] },
    'kind: Person',
    null,
    [],
    {},
  ],
  Team: [
    { kind: 'Team', id: 'core', ...COMMON, members: ['ada', 'grace'], roles: { 'team-lead': 'ada' } },
    { kind: 'Team', id: 'core', members: 'ada' },
    { kind: 'Team', id: 'core', members: ['ada', 1, null] },
    { kind: 'Team', id: '9.lives_-', members: [] },
    { kind: 'Team', id: '_core', reviewEvery: '1 year', roles: { '9-lead': 'ada' } },
  ],
  Role: [
    { kind: 'Role', id: 'team-lead', ...COMMON, responsibilities: ['Hiring'], appliesTo: ['Team', 'System'], roles: { 'document-owner': 'ada' } },
    { kind: 'Role', id: 'team lead', responsibilities: 'Hiring', appliesTo: [{}] },
  ],
  System: [
    { kind: 'System', id: 'payments', ...COMMON, program: 'finance', lifecycle: 'active', compliance: ['GDPR'], documents: ['payments-sla'], roles: { 'system-owner': 'ada' } },
    { kind: 'System', id: 'payments', lifecycle: 'actve', program: ['finance'], documents: ['x', 3], compliance: 'GDPR' },
    { kind: 'System', id: 'payments', lifecycle: 3, roles: { 'system-owner': [] } },
  ],
  Program: [
    { kind: 'Program', id: 'finance', ...COMMON, systems: ['payments', 'ledger'], roles: { 'program-manager': 'grace' } },
    { kind: 'Program', id: 'finance', systems: 'payments', budget: 12 },
  ],
  Process: [
    { kind: 'Process', id: 'incident', ...COMMON, kpis: ['MTTR'], documents: ['runbook'], roles: { 'process-owner': 'ada', 'process-manager': ['bob', 'eve'] } },
    { kind: 'Process', id: 'incident', kpis: [1], documents: 'runbook', roles: null },
  ],
  Product: [
    { kind: 'Product', id: 'app', ...COMMON, systems: ['payments'], roles: { 'product-manager': 'ada', 'product-owner': 'bob' } },
    { kind: 'Product', id: 'app', systems: [['payments']], owner: 'ada' },
  ],
  Risk: [
    { kind: 'Risk', id: 'r1', ...COMMON, title: 'Outage', system: 'payments', program: 'finance', severity: 'high', likelihood: 'almost-certain', status: 'open', mitigation: 'Failover.' },
    { kind: 'Risk', id: 'r1', severity: 'hgh', likelihood: 4, status: null, system: 5, mitigation: ['x'] },
    { kind: 'Risk', id: 'r1', severity: 'High', status: 'Closed' },
  ],
  Document: [
    { kind: 'Document', id: 'payments-sla', ...COMMON, title: 'SLA', type: 'sla', describes: ['payments', 'finance'], roles: { 'document-owner': 'ada' } },
    { kind: 'Document', id: 'payments-sla', type: 'Service Level', describes: 'payments', reviewed: '31/01/2026' },
    { kind: 'Document', id: 'payments-sla', describes: [1, 'payments'], reviewEvery: '0 days' },
  ],
  Raci: [
    {
      kind: 'Raci',
      id: 'incident-raci',
      ...COMMON,
      scope: 'incident',
      parties: ['ada', 'process-manager'],
      tasks: [
        { name: 'Declare', critical: true, assignments: { ada: 'A/R', 'process-manager': 'c' } },
        { name: 'Fix', assignments: { ada: '-', 'process-manager': '' } },
      ],
      roles: { 'process-owner': 'ada' },
    },
    { kind: 'Raci', id: 'incident-raci', scope: ['incident'], parties: [], tasks: [{ critical: 'yes', assignments: { ada: 'X', bob: 'R/', eve: 4 }, owner: 'ada' }] },
    { kind: 'Raci', id: 'incident-raci', parties: ['ada', 2], tasks: 'Declare' },
    { kind: 'Raci', id: 'incident-raci', scope: 'incident', parties: ['ada'], tasks: [null, 'x', { name: 3, assignments: [] }] },
  ],
};

describe('the validators generated at build time', () => {
  it('were generated from the schemas as they are now', () => {
    expect(compiled).toBeDefined();
    // With the kinds of govlint:backstage, which its plugin writes whole (src/backstage/schemas.ts).
    const formatKinds = backstagePlugin.formatKinds!;
    expect(Object.keys(compiled!.kinds).sort()).toEqual([...BUILTIN_KINDS, ...Object.keys(formatKinds)].sort());
    for (const [kind, schema] of Object.entries(formatKinds)) expect(compiled!.kinds[kind]!.schema).toBe(JSON.stringify(schema));
    for (const kind of BUILTIN_KINDS) expect(compiled!.kinds[kind]!.schema).toBe(JSON.stringify(readSchema(kindSchemaFile(kind))));
    expect(compiled!.shared).toEqual({ 'defs.schema.json': JSON.stringify(sharedDefinitions()) });
    expect(compiled!.config.schema).toBe(JSON.stringify(readSchema('govlintrc.schema.json')));
    const withOptions = builtinRules.filter((rule) => rule.meta.options);
    expect(Object.keys(compiled!.ruleOptions)).toEqual(withOptions.map((rule) => rule.meta.id));
    for (const rule of withOptions) expect(compiled!.ruleOptions[rule.meta.id]!.schema).toBe(JSON.stringify(rule.meta.options));
  });

  for (const kind of BUILTIN_KINDS) {
    it(`give the same errors and references as compiling ${kind} at run time`, () => {
      const now = compileNow(readSchema(kindSchemaFile(kind)));
      const generated = compiled!.kinds[kind]!.validate;
      for (const entity of ENTITIES[kind]) {
        const expected = run(now, collectReferences, entity);
        const actual = run(generated, distCollect, entity);
        expect(actual, JSON.stringify(entity)).toEqual(expected);
        if (!expected.valid) expect(toSchemaIssues(actual.errors!)).toEqual(toSchemaIssues(expected.errors!));
      }
      // The first entity of each kind is valid and has references; most others break the schema.
      expect(run(generated, distCollect, ENTITIES[kind][0]).valid).toBe(true);
      expect(run(generated, distCollect, ENTITIES[kind][0]).references.length).toBeGreaterThan(0);
      expect(ENTITIES[kind].filter((entity) => !run(generated, distCollect, entity).valid).length).toBeGreaterThanOrEqual(ENTITIES[kind].length - 2);
    });
  }

  const SEED = 20261122;
  it(`agree with run-time compilation on random entities of every kind (fast-check seed ${SEED})`, () => {
    // Values that hit the keywords: ids and role ids, dates, durations, e-mails, enums, RACI letters, wrong types.
    const text = fc.constantFrom('ada', '9-lives', '-x', 'a/b~c', '', 'A/R', 'r', 'X', '-', '2026-02-29', '2024-02-29', '6 months', '0 days', 'ada@example.org', 'ada@', 'active', 'high', 'sla', 'Type', '__proto__');
    const leaf = fc.oneof(text, fc.integer({ min: -2, max: 9 }), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      any: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('any'), { maxLength: 3 }), fc.dictionary(text, tie('any'), { maxKeys: 3 })),
    })).any;
    for (const kind of BUILTIN_KINDS) {
      const schema = readSchema(kindSchemaFile(kind));
      const fields = [...Object.keys(schema.properties as object), 'extra'];
      const entity = fc.tuple(fc.constantFrom(kind, 'Other'), fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: 6 })).map(([name, data]) => ({ ...data, kind: name }));
      const now = compileNow(schema);
      const generated = compiled!.kinds[kind]!.validate;
      fc.assert(
        fc.property(entity, (data) => {
          expect(run(generated, distCollect, data)).toEqual(run(now, collectReferences, data));
        }),
        { numRuns: 150, seed: SEED },
      );
    }
  });

  it('collect references of every sort: values, lists, role keys, escaped keys, and kinds lists', () => {
    const roles = { kind: 'Person', id: 'ada', roles: { 'a/b~c': 'ada', 'system-owner': 7, 'process-owner': ['ada', 8, { id: 'x' }] } };
    const person = run(compiled!.kinds.Person!.validate, distCollect, roles).references;
    expect(person).toEqual([
      { path: ['roles', 'a/b~c'], value: 'a/b~c', kinds: ['Role'], isKey: true },
      { path: ['roles', 'system-owner'], value: 'system-owner', kinds: ['Role'], isKey: true },
      { path: ['roles', 'process-owner'], value: 'process-owner', kinds: ['Role'], isKey: true },
      { path: ['roles', 'a/b~c'], value: 'ada', kinds: ['Person'], isKey: false },
      { path: ['roles', 'process-owner', 0], value: 'ada', kinds: ['Person'], isKey: false },
    ]);
    const raci = run(compiled!.kinds.Raci!.validate, distCollect, ENTITIES.Raci[0]).references;
    expect(raci).toContainEqual({ path: ['scope'], value: 'incident', kinds: ['Program', 'System', 'Process', 'Product'], isKey: false });
    expect(raci).toContainEqual({ path: ['parties', 1], value: 'process-manager', kinds: ['Person', 'Team', 'Role'], isKey: false });
    const document = run(compiled!.kinds.Document!.validate, distCollect, ENTITIES.Document[0]).references;
    expect(document).toContainEqual({ path: ['describes', 1], value: 'finance', kinds: [], isKey: false });
    // Outside collectReferences the generated code records nothing and validates as before.
    expect(compiled!.kinds.Team!.validate(ENTITIES.Team[0])).toBe(true);
  });

  it('check the formats date and email', () => {
    const person = compiled!.kinds.Person!.validate;
    const formats = (entity: unknown) => (run(person, distCollect, entity).errors ?? []).filter((e) => e.keyword === 'format').map((e) => [e.instancePath, e.params]);
    expect(formats({ kind: 'Person', id: 'ada', email: 'ada@example.org', reviewed: '2024-02-29' })).toEqual([]);
    expect(formats({ kind: 'Person', id: 'ada', email: 'ada at example.org', reviewed: '2025-02-29' })).toEqual([
      ['/reviewed', { format: 'date' }],
      ['/email', { format: 'email' }],
    ]);
  });

  const CONFIGS: unknown[] = [
    {},
    {
      $schema: './schema.json',
      extends: ['govlint:strict', 'vendors:strict'],
      include: ['**/*.yaml'],
      exclude: ['drafts/**'],
      plugins: ['./plugin.js'],
      rules: { 'docs/stale': 'warning', 'person/overload': ['error', { max: 3 }], 'raci/no-gaps': ['off'] },
      customRules: [{ id: 'risk-plan', kinds: ['Risk'], message: 'Plan it.', severity: 'warning', when: {}, require: { required: ['mitigation'] } }],
      limits: { maxFileBytes: 1000, maxDocuments: 5 },
    },
    { extends: 'strict', include: 'x', rules: { 'docs/stale': 'warn', 'person/overload': ['error', { max: 3 }, 1], 'raci/no-gaps': [] } },
    { rulez: {}, limits: { maxFileBytes: 0, maxDocuments: 1.5, other: 1 } },
    { customRules: [{ id: 'Risk Plan', kinds: [], message: '', severity: 'fatal', require: 'x', extra: true }, {}] },
    [],
    'rules: {}',
    null,
  ];

  it('give the same errors as compiling the config schema at run time', () => {
    const now = compileNow(readSchema('govlintrc.schema.json'), { useDefaults: true }, []);
    for (const config of CONFIGS) {
      const expected = run(now, collectReferences, structuredClone(config));
      expect(run(compiled!.config.validate, distCollect, structuredClone(config)), JSON.stringify(config)).toEqual(expected);
    }
  });

  it('report a broken config with the same message as before', async () => {
    for (const config of CONFIGS.slice(2)) {
      const loaded = { config: config as never, file: '.govlintrc.yaml', baseDir: ROOT, allowCode: true };
      const expected = await resolveConfig(loaded).then(() => 'valid', (error: Error) => error.message);
      const actual = await distResolveConfig(loaded).then(() => 'valid', (error: Error) => error.message);
      expect(expected).toMatch(/^\.govlintrc\.yaml: /);
      expect(actual).toBe(expected);
    }
  });
});

describe('the kind registry', () => {
  it('checks built-in kinds without loading ajv', async () => {
    const script = [
      `import { createRequire } from 'node:module';`,
      `const { KindRegistry } = await import(${JSON.stringify(pathToFileURL(resolve(ROOT, 'dist/schema/kind-registry.js')).href)});`,
      `const { builtinKindSchemas, sharedDefinitions } = await import(${JSON.stringify(pathToFileURL(resolve(ROOT, 'dist/schema/builtin-kinds.js')).href)});`,
      `const registry = new KindRegistry([sharedDefinitions()], builtinKindSchemas());`,
      `const checks = registry.names().map((kind) => registry.check(kind, { kind, id: 'x', reviewed: '2026-02-30', roles: { owner: 'ada' } }));`,
      `const loaded = Object.keys(createRequire(${JSON.stringify(resolve(ROOT, 'package.json'))}).cache).filter((file) => /node_modules\\/ajv\\/dist\\/(ajv|core)\\.js$/.test(file));`,
      `console.log(JSON.stringify({ loaded, issues: checks.map((c) => c.issues.length), references: checks.map((c) => c.references.length) }));`,
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT });
    const result = JSON.parse(stdout);
    expect(result.loaded).toEqual([]);
    expect(result.issues.every((count: number) => count >= 1)).toBe(true);
    expect(result.references.every((count: number) => count >= 1)).toBe(true);
  });

  it('lets `govlint check` of built-in kinds without a config run without loading ajv', async () => {
    const root = makeRepo({
      'ada.yaml': 'kind: Person\nid: ada\nemail: ada at example.org\n',
      'ajv-files.cjs': "process.on('exit', () => process.stderr.write(Object.keys(require('module')._cache).filter((f) => /node_modules[\\\\/]ajv/.test(f)).join('\\n')));\n",
    });
    const result = await runGovlint(['check', 'ada.yaml'], root, { NODE_OPTIONS: `--require ${resolve(root, 'ajv-files.cjs')}` });
    expect(result.stdout).toContain("Person 'ada': `email` must be an e-mail address, not 'ada at example.org'.");
    // Only the date format's code (ajv-formats/dist/formats.js) and a runtime helper of ajv's generated code.
    expect(result.stderr.split('\n').map((file) => file.replace(/^.*node_modules[\\/]/, '')).sort()).toEqual(['ajv-formats/dist/formats.js', 'ajv/dist/runtime/ucs2length.js']);
  });

  it('compiles at run time a built-in kind that a plugin extends, and still checks its own and the extra fields', () => {
    const kinds = builtinKindSchemas();
    kinds.set('Person', extendKindSchema(kinds.get('Person')!, { properties: { phone: { title: 'a phone number', type: 'string', pattern: '^\\+[0-9 ]+$' }, mentor: { type: 'string', 'x-govlint-ref': 'Person' } }, required: ['phone'] }));
    const registry = new DistKindRegistry([sharedDefinitions()], kinds);
    const messages = (data: unknown) => registry.check('Person', data).issues.map((issue) => issue.message);
    expect(messages({ kind: 'Person', id: 'ada', phone: '+44 20 7946 0000', mentor: 'grace', team: 'core' })).toEqual([]);
    expect(messages({ kind: 'Person', id: 'ada', phone: 'call me', email: 'nope', phon: 1 })).toEqual([
      "has an unknown field `phon` (did you mean `phone`?)",
      '`email` must be an e-mail address, not \'nope\'',
      "`phone` must be a phone number, not 'call me'",
    ]);
    expect(messages({ kind: 'Person', id: 'ada' })).toEqual(['is missing the required field `phone`']);
    expect(registry.check('Person', { kind: 'Person', id: 'ada', phone: '+1', mentor: 'grace', team: 'core' }).references).toEqual([
      { path: ['team'], value: 'core', kinds: ['Team'], isKey: false },
      { path: ['mentor'], value: 'grace', kinds: ['Person'], isKey: false },
    ]);
    // The kinds left alone keep their precompiled validators, which agree with compiling at run time (src has none).
    const team = { kind: 'Team', id: 'core', members: ['ada', 1], roles: { lead: 'ada' } };
    expect(registry.check('Team', team)).toEqual(new KindRegistry([sharedDefinitions()], builtinKindSchemas()).check('Team', team));
  });

  it('checks the extra fields of a plugin that extends a built-in kind, through the CLI', async () => {
    const root = makeRepo({
      'node_modules/govlint-plugin-phones/package.json': '{ "name": "govlint-plugin-phones", "type": "module", "main": "index.js" }',
      'node_modules/govlint-plugin-phones/index.js':
        "export default { name: 'phones', extendKinds: { Person: { properties: { phone: { title: 'a phone number', type: 'string', pattern: '^\\\\+[0-9 ]+$' } } } } };\n",
      '.govlintrc.yaml': 'plugins: [govlint-plugin-phones]\n',
      'people.yaml': 'kind: Person\nid: ada\nphone: call me\nteam: nobody\n---\nkind: Team\nid: core\nmembers: [ada, 7]\n',
    });
    const result = await runInProcess(['check', '-f', 'json'], root);
    const findings = JSON.parse(result.stdout).findings.map((f: Record<string, unknown>) => [f.ruleId, f.line, f.message]);
    expect(findings).toEqual([
      ['schema/valid', 3, "Person 'ada': `phone` must be a phone number, not 'call me'."],
      ['refs/resolve', 4, "Person 'ada': `team` names 'nobody', but there is no Team with that id."],
      ['schema/valid', 8, "Team 'core': `members[1]` must be a text, not the number 7."],
    ]);
  });
});

/** Opt-in rules turned on, so that every built-in rule runs with its options. */
const OPT_IN_ON = Object.fromEntries(builtinRules.filter((rule) => rule.meta.optIn).map((rule) => [rule.meta.id, rule.meta.severity]));

describe('rule options left out of the config', () => {
  it('are the defaults ajv would fill in, for every built-in rule', async () => {
    const { settings } = await resolveConfig({ config: { extends: 'govlint:strict', rules: OPT_IN_ON }, baseDir: ROOT, allowCode: true });
    const withOptions = builtinRules.filter((rule) => rule.meta.options);
    expect(withOptions.length).toBeGreaterThan(0);
    for (const rule of withOptions) {
      const filled = {};
      expect(compileNow(rule.meta.options!, { useDefaults: true }, [])(filled)).toBe(true);
      expect(settings.find((setting) => setting.rule.meta.id === rule.meta.id)?.options, rule.meta.id).toEqual(filled);
    }
  });

  it('are filled by the validators generated at build time, as ajv fills them at run time', async () => {
    const { settings } = await distResolveConfig({ config: { extends: 'govlint:strict', rules: OPT_IN_ON }, baseDir: ROOT, allowCode: true });
    for (const rule of builtinRules.filter((rule) => rule.meta.options)) {
      const filled = {};
      compileNow(rule.meta.options!, { useDefaults: true }, [])(filled);
      expect(settings.find((setting) => setting.rule.meta.id === rule.meta.id)?.options, rule.meta.id).toEqual(filled);
    }
  });

  it("of a plugin rule are its schema's defaults, and a required option is still reported", async () => {
    const repo = (options: string, config: string) =>
      makeRepo({
        'node_modules/govlint-plugin-echo/package.json': '{ "name": "govlint-plugin-echo", "type": "module", "main": "index.js" }',
        'node_modules/govlint-plugin-echo/index.js': `export default { name: 'echo', rules: [{ meta: { id: 'options', description: 'Echoes its options.', severity: 'warning', options: ${options} }, check({ model, options, report }) { for (const entity of model.entities) report({ entity, message: JSON.stringify(options) }); } }] };\n`,
        '.govlintrc.yaml': `plugins: [govlint-plugin-echo]\n${config}`,
        'ada.yaml': 'kind: Person\nid: ada\n',
      });
    const withDefaults = "{ type: 'object', properties: { max: { type: 'integer', default: 5 }, nested: { type: 'object', properties: { on: { type: 'boolean', default: true } }, default: {} }, none: { type: 'string' } }, additionalProperties: false }";
    const echoed = async (root: string) => JSON.parse((await runInProcess(['check', '-f', 'json'], root)).stdout).findings.map((f: Record<string, unknown>) => f.message);
    expect(await echoed(repo(withDefaults, ''))).toEqual(['{"max":5,"nested":{"on":true}}']);
    expect(await echoed(repo(withDefaults, "rules: { 'echo/options': [warning, { max: 2 }] }\n"))).toEqual(['{"max":2,"nested":{"on":true}}']);

    const required = "{ type: 'object', properties: { max: { type: 'integer' } }, required: ['max'] }";
    const result = await runInProcess(['check'], repo(required, ''));
    expect(result).toMatchObject({ code: 2, stderr: "govlint: .govlintrc.yaml: rule 'echo/options' is missing the required option `max`\n" });
  });
});
