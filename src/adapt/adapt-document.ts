import type { Entity } from '../model/entity.js';
import type { SourceDocument } from '../parse/source-file.js';
import { show } from '../schema/schema-issues.js';
import { UsageError } from '../util/usage-error.js';
import type { AdaptedEntity, Adapter } from './types.js';

/**
 * The stage between parsing and the model: the entities the first adapter that claims a document makes of it;
 * `unclaimed` for a document of another tool's format that no adapter reads (a Kubernetes manifest, Helm values:
 * it has an `apiVersion` and is not a govlint entity), which is left alone and counted; undefined for a document
 * govlint reads itself. The document is not changed: an entity's `document` is it, and its `sourcePaths` say where
 * each of its fields was written.
 */
export function adaptDocument(document: SourceDocument, adapters: readonly Adapter[], isGovlintKind: (kind: string) => boolean): Entity[] | 'unclaimed' | undefined {
  for (const adapter of adapters) {
    if (!claims(adapter, document)) continue;
    return adapted(adapter, document).map((entity) => toEntity(entity, document, adapter));
  }
  const data = document.data as Record<string, unknown>;
  if (!Object.hasOwn(data, 'apiVersion')) return undefined;
  // A govlint entity has an id and a govlint kind; a stray `apiVersion` in one is schema/valid's finding.
  return typeof data.kind === 'string' && isGovlintKind(data.kind) && Object.hasOwn(data, 'id') ? undefined : 'unclaimed';
}

function claims(adapter: Adapter, document: SourceDocument): boolean {
  try {
    return adapter.claims(document) === true;
  } catch (error) {
    throw failed(adapter, document, 'claims', error);
  }
}

function adapted(adapter: Adapter, document: SourceDocument): unknown[] {
  let entities: unknown;
  try {
    entities = adapter.adapt(document);
  } catch (error) {
    throw failed(adapter, document, 'adapt', error);
  }
  if (!Array.isArray(entities)) throw new UsageError(`adapter '${adapter.name}' returned ${show(entities)} for ${document.file.path}, not a list of entities`);
  return entities;
}

function toEntity(candidate: unknown, document: SourceDocument, adapter: Adapter): Entity {
  const entity = candidate as Partial<AdaptedEntity> | null;
  const { kind, id, data, roles, sourcePaths } = entity ?? {};
  const isMapping = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (typeof kind !== 'string' || (id !== undefined && typeof id !== 'string') || !isMapping(data) || (roles !== undefined && !isMapping(roles)) || (sourcePaths !== undefined && !Array.isArray(sourcePaths))) {
    throw new UsageError(`adapter '${adapter.name}' made ${show(candidate)} of ${document.file.path}, not { kind, id, data, roles?, sourcePaths? }`);
  }
  return { kind, id, data: data!, document, ...(roles ? { roles } : {}), ...(sourcePaths ? { sourcePaths } : {}) };
}

function failed(adapter: Adapter, document: SourceDocument, step: string, error: unknown): UsageError {
  const reason = error instanceof Error ? error.message : String(error);
  return new UsageError(`adapter '${adapter.name}' failed in ${step} on ${document.file.path}: ${reason}`);
}
