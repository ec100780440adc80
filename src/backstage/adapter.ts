import { defineAdapter, type AdaptedEntity } from '../adapt/types.js';
import type { SourceDocument } from '../parse/source-file.js';
import { fullRef } from './entity-ref.js';
import { BACKSTAGE_KINDS, govlintKind, REFERENCE_FIELDS } from './reference-fields.js';

/** `backstage.io/v1alpha1`, and `scaffolder.backstage.io/v1beta3` for Templates. */
const BACKSTAGE_API_VERSION = /^(?:[a-z0-9-]+\.)*backstage\.io\//;

/**
 * Reads the nine Backstage kinds (reference-fields.ts) of a catalog as govlint entities of kind `backstage:<Kind>`,
 * with the entity reference as id (`component:default/artist-web`) and every reference written in full, so that
 * refs/resolve and ids/unique treat them as govlint's own; `spec.owner` becomes the `owner` role. Other kinds with a
 * Backstage `apiVersion` (a plugin's own) are not claimed: left alone and counted.
 */
export const backstageAdapter = defineAdapter({
  name: 'backstage',
  claims(document) {
    const data = document.data as Record<string, unknown> | null;
    return (
      typeof data === 'object' &&
      data !== null &&
      !Array.isArray(data) &&
      typeof data.apiVersion === 'string' &&
      BACKSTAGE_API_VERSION.test(data.apiVersion) &&
      typeof data.kind === 'string' &&
      BACKSTAGE_KINDS.includes(data.kind)
    );
  },
  adapt(document) {
    return [adaptEntity(document)];
  },
});

function adaptEntity(document: SourceDocument): AdaptedEntity {
  const source = document.data as Record<string, unknown>;
  const kind = source.kind as string;
  const metadata = isMapping(source.metadata) ? source.metadata : {};
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : 'default';
  const id = typeof metadata.name === 'string' ? `${kind}:${namespace}/${metadata.name}`.toLowerCase() : undefined;
  const data: Record<string, unknown> = { ...source };
  const roles: Record<string, string> = {};
  if (isMapping(source.spec)) {
    const spec: Record<string, unknown> = { ...source.spec };
    for (const { field, defaultKind } of REFERENCE_FIELDS[kind]!) {
      const written = spec[field];
      const full = (value: unknown) => (typeof value === 'string' ? (fullRef(value, { kind: defaultKind, namespace }) ?? value) : value);
      if (Array.isArray(written)) spec[field] = written.map(full);
      else if (written !== undefined) spec[field] = full(written);
    }
    if (typeof spec.owner === 'string') roles.owner = spec.owner;
    data.spec = spec;
  }
  return {
    kind: govlintKind(kind),
    id,
    data,
    ...(Object.keys(roles).length > 0 ? { roles } : {}),
    sourcePaths: [
      { from: ['id'], to: ['metadata', 'name'] },
      { from: ['roles', 'owner'], to: ['spec', 'owner'] },
    ],
  };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
