/**
 * JSON Schemas for the nine Backstage kinds govlint reads, written to be equivalent to those Backstage publishes in
 * @backstage/catalog-model (src/schema/Entity.schema.json, EntityMeta.schema.json and kinds/<Kind>.v1alpha1.schema.json;
 * Template from @backstage/plugin-scaffolder-common, Template.v1beta3.schema.json): the same required fields, the
 * envelope's closed set of top-level keys, open `metadata` and `spec` (a team's own fields are theirs), and any
 * `spec.type` or `spec.lifecycle`. Flattened, without `allOf`, so that messages name the field at fault. Added:
 * `x-govlint-ref` on the fields that hold entity references (reference-fields.ts), names in the format Backstage's
 * FieldFormatEntityPolicy checks, and `$text`, `$json`, `$yaml`, `$openapi` and `$asyncapi` placeholders where an API's `definition` is due.
 * Compiled at build time with the built-in kinds (scripts/compile-schemas.mjs).
 */
import type { JsonSchema } from '../schema/builtin-kinds.js';
import { BACKSTAGE_KINDS, govlintKind, REFERENCE_FIELDS } from './reference-fields.js';

const text: JsonSchema = { type: 'string', minLength: 1 };
const texts: JsonSchema = { type: 'array', items: text };

/** What Backstage's FieldFormatEntityPolicy allows for a name or namespace (its Kubernetes-like format). */
const name: JsonSchema = {
  type: 'string',
  title: "a name of letters, digits, '-', '_' and '.', starting and ending with a letter or digit, at most 63 characters",
  pattern: '^[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$',
};

const metadata: JsonSchema = {
  type: 'object',
  description: 'Backstage EntityMeta: the name, namespace and labels common to every kind.',
  required: ['name'],
  properties: {
    uid: text,
    etag: text,
    generation: { type: 'integer', minimum: 1 },
    name,
    namespace: name,
    title: { type: 'string' },
    description: { type: 'string' },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    annotations: { type: 'object', additionalProperties: { type: 'string' } },
    tags: texts,
    links: {
      type: 'array',
      items: { type: 'object', required: ['url'], properties: { url: text, title: text, icon: text, type: text } },
    },
  },
};

/** A value Backstage's placeholder processors read from a file or address: `{ $text: ./openapi.yaml }` (`$openapi` and `$asyncapi` come with its API docs plugin). */
const placeholder: JsonSchema = {
  type: 'object',
  minProperties: 1,
  maxProperties: 1,
  properties: { $text: text, $json: text, $yaml: text, $openapi: text, $asyncapi: text },
  additionalProperties: false,
};

const profile: JsonSchema = { type: 'object', properties: { displayName: text, email: text, picture: text } };

/** Each kind's `spec`: its required fields and the types of those Backstage defines; references come from REFERENCE_FIELDS. */
const SPECS: Record<string, { required: string[]; properties: Record<string, JsonSchema> }> = {
  Component: { required: ['type', 'lifecycle', 'owner'], properties: { type: text, lifecycle: text } },
  API: { required: ['type', 'lifecycle', 'owner', 'definition'], properties: { type: text, lifecycle: text, definition: { anyOf: [text, placeholder] } } },
  Resource: { required: ['type', 'owner'], properties: { type: text, partOf: texts, hasPart: texts } },
  System: { required: ['owner'], properties: { type: text } },
  Domain: { required: ['owner'], properties: { type: text } },
  Group: { required: ['type', 'children'], properties: { type: text, profile, leader: text } },
  User: { required: ['memberOf'], properties: { profile, leaderOf: texts } },
  Location: { required: [], properties: { type: text, target: text, targets: texts, presence: { enum: ['required', 'optional'] } } },
  Template: {
    required: ['type', 'steps'],
    properties: {
      type: text,
      parameters: { anyOf: [{ type: 'object' }, { type: 'array', items: { type: 'object' } }] },
      steps: { type: 'array', items: { type: 'object', required: ['action'], properties: { id: { type: 'string' }, name: { type: 'string' }, action: { type: 'string' }, input: { type: 'object' }, if: { anyOf: [{ type: 'string' }, { type: 'boolean' }] } } } },
      output: { type: 'object' },
    },
  },
};

const API_VERSIONS: Record<string, string[]> = { Template: ['scaffolder.backstage.io/v1beta3'] };
const DEFAULT_API_VERSIONS = ['backstage.io/v1alpha1', 'backstage.io/v1beta1'];

/** The schema of each Backstage kind, by govlint kind (`backstage:Component`). */
export function backstageSchemas(): Record<string, JsonSchema> {
  return Object.fromEntries(BACKSTAGE_KINDS.map((kind) => [govlintKind(kind), kindSchema(kind)]));
}

function kindSchema(kind: string): JsonSchema {
  const spec = SPECS[kind]!;
  const references = Object.fromEntries(
    REFERENCE_FIELDS[kind]!.map(({ field, list, kinds }) => {
      const reference = { ...text, 'x-govlint-ref': kinds.map(govlintKind) };
      return [field, list ? { type: 'array', items: reference } : reference];
    }),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `backstage-${kind.toLowerCase()}.schema.json`,
    title: govlintKind(kind),
    description: `A Backstage ${kind}, as @backstage/catalog-model defines it.`,
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    properties: {
      apiVersion: { enum: API_VERSIONS[kind] ?? DEFAULT_API_VERSIONS },
      kind: { const: kind },
      metadata,
      spec: { type: 'object', required: spec.required, properties: { ...spec.properties, ...references } },
      relations: { type: 'array', items: { type: 'object' } },
      status: { type: 'object' },
    },
    additionalProperties: false,
  };
}
