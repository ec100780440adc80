import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { makeRepo, runGovlint, type CliResult } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILTIN_FILES = ['document', 'person', 'process', 'product', 'program', 'raci', 'risk', 'role', 'system', 'team'].map((kind) => `${kind}.schema.json`);
const FILES = ['govlint.schema.json', 'defs.schema.json', 'govlintrc.schema.json', ...BUILTIN_FILES];

const listing = (folder: string, files: readonly string[]) => `Wrote ${files.length} JSON Schemas to ${folder}:\n${files.map((file) => `  ${file}\n`).join('')}`;

/**
 * Compiles a written schema as an editor does: from the file alone, each `$ref` resolved against the location of
 * the file that holds it and read from disk; govlint's `x-govlint-ref` is an annotation editors ignore.
 */
async function compileFromDisk(file: string): Promise<ValidateFunction> {
  const load = async (uri: string) => ({ ...JSON.parse(await readFile(fileURLToPath(uri), 'utf8')), $id: uri });
  const ajv = new Ajv({ allErrors: true, loadSchema: load });
  addFormats.default(ajv);
  ajv.addVocabulary(['x-govlint-ref']);
  return ajv.compileAsync(await load(pathToFileURL(file).href));
}

/** Each error as `path keyword`, without the `if`/`then` wrapper's own error, which only repeats the kind's. */
function problems(validate: ValidateFunction, entity: unknown): string[] {
  validate(entity);
  return (validate.errors ?? []).filter((error) => error.keyword !== 'if').map((error) => `${error.instancePath || '/'} ${error.keyword}`);
}

/** Every YAML document with content in a folder's *.yaml files. */
function yamlEntities(folder: string): unknown[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml') && !file.startsWith('.'))
    .flatMap((file) => parseAllDocuments(readFileSync(join(folder, file), 'utf8')).map((document) => document.toJS()))
    .filter((data) => data !== null);
}

describe('govlint schema', () => {
  it('writes every kind, the shared definitions, the config and the combined schema to .govlint/schemas', async () => {
    const root = makeRepo({});
    const result = await runInProcess(['schema'], root);
    expect(result).toEqual({ code: 0, stdout: listing('.govlint/schemas', FILES), stderr: '' });
    expect(readdirSync(join(root, '.govlint/schemas')).sort()).toEqual([...FILES].sort());
  });

  it('writes schemas without ids, so that editors resolve references from where the files are', async () => {
    const root = makeRepo({});
    await runInProcess(['schema'], root);
    for (const file of FILES) {
      const schema = JSON.parse(readFileSync(join(root, '.govlint/schemas', file), 'utf8'));
      expect(schema.$id).toBeUndefined();
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    }
  });

  it('writes to --out and replaces older copies', async () => {
    const root = makeRepo({ 'editor/schemas/system.schema.json': '{}' });
    const result = await runInProcess(['schema', '--out', 'editor/schemas'], root);
    expect(result).toEqual({ code: 0, stdout: listing('editor/schemas', FILES), stderr: '' });
    expect(JSON.parse(readFileSync(join(root, 'editor/schemas/system.schema.json'), 'utf8')).title).toBe('System');
  });

  it('exits 2 with one line when the folder cannot be written', async () => {
    const root = makeRepo({ 'notes.txt': 'not a folder\n' });
    const result = await runInProcess(['schema', '-o', 'notes.txt/schemas'], root);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'govlint: cannot write notes.txt/schemas/govlint.schema.json: a part of the path is a file, not a folder\n',
    });
  });
});

describe('the combined schema, read from the written files alone', () => {
  let validator: ValidateFunction;
  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'govlint-schemas-'));
    await runInProcess(['schema', '--out', out], ROOT);
    validator = await compileFromDisk(join(out, 'govlint.schema.json'));
  });

  it('accepts every entity of the omni-channel example', async () => {
    const entities = yamlEntities(join(ROOT, 'examples/omnichannel'));
    expect(entities.length).toBeGreaterThan(30);
    for (const entity of entities) expect(problems(validator, entity)).toEqual([]);
  });

  it.each([
    ['no kind', { id: 'a' }, ['/ required']],
    ['an unknown kind', { kind: 'Sytem', id: 'a' }, ['/kind enum']],
    ['no id', { kind: 'Person' }, ['/ required']],
    ['a misspelt field', { kind: 'System', id: 'pos', reviewd: '2026-01-01' }, ['/ additionalProperties']],
    ['a value outside the enum', { kind: 'Risk', id: 'r1', severity: 'huge' }, ['/severity enum']],
    ['a field of another kind', { kind: 'Person', id: 'ada', lifecycle: 'active' }, ['/ additionalProperties']],
    ['a bad date and duration', { kind: 'Document', id: 'sla', reviewed: '2026-02-30', reviewEvery: 'six months' }, ['/reviewed format', '/reviewEvery pattern']],
    ['a bad e-mail address', { kind: 'Person', id: 'ada', email: 'ada-at-example' }, ['/email format']],
    ['a role held by a number', { kind: 'Process', id: 'p', roles: { 'process-owner': 3 } }, ['/roles/process-owner type', '/roles/process-owner type', '/roles/process-owner anyOf']],
    [
      'a RACI cell that is not letters',
      { kind: 'Raci', id: 'r', scope: 's', parties: ['ada'], tasks: [{ name: 'Ship', assignments: { ada: 'Q' } }] },
      ['/tasks/0/assignments/ada pattern'],
    ],
  ])('refuses %s, at the field at fault', async (_name, entity, expected) => {
    expect(problems(validator, entity)).toEqual(expected);
  });

  it('checks the config against the written config schema', async () => {
    const out = mkdtempSync(join(tmpdir(), 'govlint-schemas-'));
    await runInProcess(['schema', '--out', out], ROOT);
    const validate = await compileFromDisk(join(out, 'govlintrc.schema.json'));
    for (const example of ['omnichannel', 'vendors']) {
      expect(problems(validate, parseYaml(readFileSync(join(ROOT, 'examples', example, '.govlintrc.yaml'), 'utf8')))).toEqual([]);
    }
    expect(problems(validate, { extends: 'govlint:recommended', rules: { 'docs/stale': 'warn' } })).toEqual([
      '/rules/docs~1stale enum',
      '/rules/docs~1stale type',
      '/rules/docs~1stale type',
      '/rules/docs~1stale anyOf',
    ]);
  });
});

describe('govlint schema with a plugin', () => {
  const vendors = join(ROOT, 'examples/vendors');
  const out = mkdtempSync(join(tmpdir(), 'govlint-schemas-'));
  let written: CliResult;
  let validator: ValidateFunction;
  beforeAll(async () => {
    written = await runGovlint(['schema', '--out', out], vendors);
    validator = await compileFromDisk(join(out, 'govlint.schema.json'));
  });

  it("writes the plugin's kind beside the built-in ones", async () => {
    const files = [...FILES.slice(0, 3), ...[...BUILTIN_FILES, 'vendor.schema.json'].sort()];
    expect(written).toEqual({ code: 0, stdout: listing(out, files), stderr: '' });
  });

  it("accepts the example's entities, with the plugin's kind and its field on System", async () => {
    const entities = yamlEntities(vendors);
    expect(entities).toContainEqual(expect.objectContaining({ kind: 'Vendor' }));
    expect(entities).toContainEqual(expect.objectContaining({ kind: 'System', vendor: 'acme-payments' }));
    for (const entity of entities) expect(problems(validator, entity)).toEqual([]);
  });

  it("refuses a Vendor that breaks the plugin's schema", async () => {
    expect(problems(validator, { kind: 'Vendor', id: 'acme', contract: 42, systems: 'pos' })).toEqual(['/contract type', '/systems type']);
    expect(problems(validator, { kind: 'Vendor', id: 'acme', contrat: 'c' })).toEqual(['/ additionalProperties']);
  });

  it('has no Vendor, nor System.vendor, without the plugin', async () => {
    const root = makeRepo({});
    await runInProcess(['schema'], root);
    const validate = await compileFromDisk(join(root, '.govlint/schemas/govlint.schema.json'));
    expect(problems(validate, { kind: 'Vendor', id: 'acme' })).toEqual(['/kind enum']);
    expect(problems(validate, { kind: 'System', id: 'pos', vendor: 'acme' })).toEqual(['/ additionalProperties']);
    expect(existsSync(join(root, '.govlint/schemas/vendor.schema.json'))).toBe(false);
  });
});

describe('govlint schema --config', () => {
  it('uses the config given', async () => {
    const root = makeRepo({ 'config/govlint.yaml': 'plugins: [./missing.js]\n' });
    const result = await runInProcess(['schema', '--config', 'config/govlint.yaml'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^govlint: cannot load plugin '\.\/missing\.js'/);
  });
});
