import { resolve } from 'node:path';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { kindSchemaFile, readSchema, sharedDefinitions, type JsonSchema } from '../schema/builtin-kinds.js';
import { UsageError } from '../util/usage-error.js';
import { shownPath, writeFiles, type FileToWrite } from './write-files.js';

/** Where `govlint schema` and `govlint init` write the schemas, relative to the working folder or the new repo. */
export const DEFAULT_SCHEMA_DIR = '.govlint/schemas';

/** The schema that picks each entity's kind schema by its `kind`: the one to map governance files to. */
export const COMBINED_SCHEMA_FILE = 'govlint.schema.json';

export const CONFIG_SCHEMA_FILE = 'govlintrc.schema.json';

const SHARED_SCHEMA_FILE = 'defs.schema.json';

/**
 * The JSON Schemas editors need, as files: the combined schema, the shared definitions, the config's schema and
 * one schema per kind known under the config (built-in, from plugins, with plugins' extra fields). The `$ref`s
 * between them are file names, so they resolve wherever the files are written side by side.
 */
export function schemaFiles(config: ResolvedConfig): FileToWrite[] {
  // A format kind (`backstage:Component`) is written in its own format, whose tools have their own schemas.
  const kinds = config.kinds.names().filter((kind) => !kind.includes(':'));
  const files: Array<[string, JsonSchema]> = [
    [COMBINED_SCHEMA_FILE, combinedSchema(kinds)],
    [SHARED_SCHEMA_FILE, sharedDefinitions()],
    [CONFIG_SCHEMA_FILE, readSchema(CONFIG_SCHEMA_FILE)],
  ];
  for (const kind of kinds) {
    const file = kindSchemaFile(kind);
    if (files.some(([name]) => name === file)) throw new UsageError(`cannot write the schema of kind '${kind}': its file name, ${file}, is taken`);
    files.push([file, config.kinds.schema(kind)!]);
  }
  return files.map(([path, schema]) => ({ path, text: `${JSON.stringify(forEditors(schema), null, 2)}\n` }));
}

/**
 * One schema for every entity: `kind` must be a known kind, and each `if`/`then` applies that kind's schema. An
 * editor completes `kind` from the enum, then the fields of the kind chosen, and reports only that kind's errors.
 */
export function combinedSchema(kinds: readonly string[]): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'govlint entity',
    description: 'A governance entity checked by govlint. Its `kind` selects the schema it must match.',
    type: 'object',
    required: ['kind'],
    properties: {
      kind: { description: `What this entity is, which selects its schema: ${kinds.join(', ')}.`, enum: [...kinds] },
    },
    allOf: kinds.map((kind) => ({
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: { $ref: kindSchemaFile(kind) },
    })),
  };
}

/**
 * Without `$id`, a schema's `$ref`s resolve against the place it was read from, as every editor does; govlint's
 * own ids are bare file names that only its validator needs.
 */
function forEditors(schema: JsonSchema): JsonSchema {
  const { $id: _id, ...rest } = schema;
  return rest;
}

/** `govlint schema`: writes the schemas to a folder, replacing older copies, and says what it wrote. */
export function writeSchemaFolder(config: ResolvedConfig, out: string): string {
  const { written } = writeFiles(resolve(out), schemaFiles(config), true);
  const folder = shownPath(resolve(out));
  return `Wrote ${written.length} JSON Schemas to ${folder}:\n${written.map((path) => `  ${path}\n`).join('')}`;
}
