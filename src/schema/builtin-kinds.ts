import { readFileSync } from 'node:fs';
/** A JSON Schema, as plain data. */
export type JsonSchema = Record<string, unknown>;

/** The folder of govlint's own JSON Schemas, which also serve editors (yaml-language-server). */
export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

export const BUILTIN_KINDS = ['Document', 'Person', 'Process', 'Product', 'Program', 'Raci', 'Risk', 'Role', 'System', 'Team'] as const;

/** The roles every repo has without declaring them; a repo adds its own with `kind: Role` entities. */
export const BUILTIN_ROLES: readonly string[] = [
  'document-owner',
  'process-manager',
  'process-owner',
  'product-manager',
  'product-owner',
  'program-manager',
  'system-owner',
];

export function readSchema(file: string): JsonSchema {
  return JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as JsonSchema;
}

export function kindSchemaFile(kind: string): string {
  return `${kind.toLowerCase()}.schema.json`;
}

/** The schemas of the built-in kinds, by kind. */
export function builtinKindSchemas(): Map<string, JsonSchema> {
  return new Map(BUILTIN_KINDS.map((kind) => [kind, readSchema(kindSchemaFile(kind))]));
}

/** The shared definitions every kind schema refers to. */
export function sharedDefinitions(): JsonSchema {
  return readSchema('defs.schema.json');
}
