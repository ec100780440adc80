import { kindSchemaFile, type JsonSchema } from './builtin-kinds.js';

/** A kind that a plugin adds: its own fields, as JSON Schema properties; the common fields come with it. */
export interface KindDefinition {
  description: string;
  properties: Record<string, JsonSchema>;
  required?: string[];
}

/** Extra fields a plugin adds to an existing kind. */
export interface KindExtension {
  properties: Record<string, JsonSchema>;
  required?: string[];
}

const COMMON_FIELDS = ['id', 'name', 'description', 'tags', 'roles', 'reviewed', 'reviewEvery'];

/** Builds the full JSON Schema of a plugin kind, with the fields every entity has, as the built-in kinds have them. */
export function composeKindSchema(kind: string, definition: KindDefinition): JsonSchema {
  const common = Object.fromEntries(COMMON_FIELDS.map((field) => [field, { $ref: `defs.schema.json#/definitions/${field}` }]));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: kindSchemaFile(kind),
    title: kind,
    description: definition.description,
    type: 'object',
    required: [...new Set(['kind', 'id', ...(definition.required ?? [])])],
    properties: { kind: { description: `Always '${kind}': selects this schema.`, const: kind }, ...common, ...definition.properties },
    additionalProperties: false,
  };
}

/** Adds a plugin's fields to a kind's schema, returning a new schema. */
export function extendKindSchema(schema: JsonSchema, extension: KindExtension): JsonSchema {
  const required = [...((schema.required as string[] | undefined) ?? []), ...(extension.required ?? [])];
  return {
    ...schema,
    required: [...new Set(required)],
    properties: { ...(schema.properties as JsonSchema), ...extension.properties },
  };
}
