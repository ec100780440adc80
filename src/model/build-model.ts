import type { SourceDocument, SourceFile } from '../parse/source-file.js';
import { adaptDocument } from '../adapt/adapt-document.js';
import type { Adapter } from '../adapt/types.js';
import { locate } from '../parse/locate.js';
import { isMarkdown } from '../parse/parse-file.js';
import { show, type SchemaIssue } from '../schema/schema-issues.js';
import type { KindRegistry } from '../schema/kind-registry.js';
import { didYouMean } from '../util/closest.js';
import type { Entity } from './entity.js';
import type { History } from './history.js';
import { raciFromTables } from './raci-table.js';
import { unreadableIds } from './unreadable-ids.js';
import { deepFreeze, readOnlyMap, readOnlySet } from './read-only.js';
import type { Model, NonEntity, Reference } from './model.js';

const NONE: readonly Entity[] = Object.freeze([]);

/** What a column of a Markdown RACI matrix may name, besides a built-in role. */
const PARTY_KINDS = new Set(['Person', 'Team', 'Role']);

/**
 * Builds the model from parsed files: entities, their schema issues and references, and an index of ids. The model
 * is read-only (see read-only.ts), its files and documents included; only suppressions keep the count the engine
 * adds to as it applies them.
 */
export function buildModel(files: readonly SourceFile[], kinds: KindRegistry, builtinRoles: readonly string[], history?: History, adapters: readonly Adapter[] = []): Model {
  const entities: Entity[] = [];
  const nonEntities: NonEntity[] = [];
  const references: Reference[] = [];
  const issues = new Map<Entity, readonly SchemaIssue[]>();
  const byKind = new Map<string, Entity[]>();
  const byId = new Map<string, Entity[]>();

  for (const file of files) {
    // A Markdown file without front matter, or with an empty one, is a plain page: skipped, but counted.
    if (isMarkdown(file.path) && file.problems.length === 0 && file.documents.every((document) => isEmpty(document.data))) {
      nonEntities.push({ file, range: { start: 0, end: 0 }, reason: 'no-kind' });
    }
    for (const document of file.documents) {
      for (const entity of toEntities(document, nonEntities, adapters, kinds)) {
        entities.push(entity);
        append(byKind, entity.kind, entity);
        if (entity.id !== undefined) append(byId, entity.id, entity);
      }
    }
  }
  // A Markdown RACI matrix is the table whose columns name parties of the register, so it is read once every id is known.
  const roles = new Set(builtinRoles);
  const isParty = (id: string) => roles.has(id) || (byId.get(id) ?? []).some((entity) => PARTY_KINDS.has(entity.kind));
  const noMatrix = new Map<Entity, SchemaIssue>();
  for (const entity of byKind.get('Raci') ?? []) {
    const table = raciFromTables(entity.document, entity.data, entity.document.body?.tables ?? [], isParty);
    if (!table) continue;
    entity.data = table.data;
    entity.cells = readOnlyMap(table.cells);
    if (table.noMatrix) noMatrix.set(entity, table.noMatrix);
  }
  for (const entity of entities) {
    if (kinds.has(entity.kind)) {
      const check = kinds.check(entity.kind, entity.data);
      const entityIssues = entity.kind === 'Raci' ? raciIssues(check.issues, noMatrix.get(entity)) : check.issues;
      if (entityIssues.length > 0) issues.set(entity, entityIssues);
      for (const { path, value, kinds: targetKinds, isKey } of check.references) references.push({ path, value, kinds: targetKinds, isKey, entity });
    } else {
      issues.set(entity, [unknownKind(entity.kind, kinds)]);
    }
  }

  for (const file of files) freezeFile(file);
  // Entities, references and non-entities point at their files, frozen above but not deeply: each is frozen
  // first, so that the lists' deep freeze stops at it.
  for (const entity of entities) {
    deepFreeze(entity.data);
    if (entity.roles) deepFreeze(entity.roles);
    if (entity.sourcePaths) deepFreeze(entity.sourcePaths);
    if (entity.cells) deepFreeze([...entity.cells.values()]);
    Object.freeze(entity);
  }
  for (const reference of references) {
    deepFreeze(reference.path);
    Object.freeze(reference);
  }
  for (const nonEntity of nonEntities) {
    deepFreeze(nonEntity.range);
    Object.freeze(nonEntity);
  }
  // The items of these lists are frozen above: the lists alone are left, without a walk over thousands of items.
  for (const list of issues.values()) deepFreeze(list);
  for (const list of [entities, nonEntities, references, ...byKind.values(), ...byId.values()]) Object.freeze(list);
  return Object.freeze({
    files: Object.freeze([...files]),
    entities,
    suppressions: Object.freeze(files.flatMap((file) => file.suppressions)),
    nonEntities,
    kinds,
    references,
    builtinRoles: readOnlySet(builtinRoles),
    history,
    unreadableIds: readOnlyMap(unreadableIds(files)),
    ofKind: (kind: string) => byKind.get(kind) ?? NONE,
    withId: (id: string) => byId.get(id) ?? NONE,
    schemaIssues: (entity: Entity) => issues.get(entity) ?? NONE_ISSUES,
  });
}

const NONE_ISSUES: readonly SchemaIssue[] = Object.freeze([]);

/**
 * A Raci's schema issues less the cells that are not letters, raci/valid-letters' finding; without a matrix in its
 * Markdown, one finding that says why instead of one for each of the missing `parties` and `tasks`.
 */
function raciIssues(issues: readonly SchemaIssue[], noMatrix: SchemaIssue | undefined): readonly SchemaIssue[] {
  const kept = issues.filter((issue) => !isCellPattern(issue) && !(noMatrix && isMissing(issue, ['parties', 'tasks'])));
  return noMatrix ? [noMatrix, ...kept] : kept;
}

function isMissing(issue: SchemaIssue, fields: readonly string[]): boolean {
  return issue.keyword === 'required' && issue.path.length === 1 && fields.includes(String(issue.path[0]));
}

/** A RACI cell that is text but not letters: the schema's pattern lets editors flag it, raci/valid-letters reports it. */
function isCellPattern(issue: SchemaIssue): boolean {
  return issue.keyword === 'pattern' && issue.path.length === 4 && issue.path[0] === 'tasks' && issue.path[2] === 'assignments';
}

/**
 * A file as rules see it: its documents with their data, its problems and its list of suppressions cannot change.
 * The file's parts that are not data (line index, each suppression) are left as
 * they are: the engine keeps state in them.
 */
function freezeFile(file: SourceFile): void {
  for (const document of file.documents) {
    deepFreeze(document.data);
    // Its numbers cannot be frozen (a typed array cannot be), the rest of it can.
    Object.freeze(document.positions.keys);
    Object.freeze(document.positions);
    if (document.body) deepFreeze(document.body);
    Object.freeze(document);
  }
  deepFreeze(file.problems);
  Object.freeze(file.documents);
  Object.freeze(file.suppressions);
  Object.freeze(file);
}

/** The entities of a document: what an adapter makes of it, or the document itself as a govlint entity. */
function toEntities(document: SourceDocument, nonEntities: NonEntity[], adapters: readonly Adapter[], kinds: KindRegistry): Entity[] {
  const { data } = document;
  if (isEmpty(data)) return [];
  // An adapter may read a list (of repositories, say) too: asked before a list is called no entity.
  const adapted = typeof data === 'object' ? adaptDocument(document, adapters, (kind) => kinds.has(kind)) : undefined;
  if (Array.isArray(adapted)) return adapted;
  if (typeof data !== 'object' || Array.isArray(data)) {
    nonEntities.push({ file: document.file, range: locate(document, []), reason: 'not-a-mapping' });
    return [];
  }
  if (adapted === 'unclaimed') {
    nonEntities.push({ file: document.file, range: locate(document, []), reason: 'unclaimed', document });
    return [];
  }
  const record = data as Record<string, unknown>;
  if (!Object.hasOwn(record, 'kind')) {
    nonEntities.push({ file: document.file, range: locate(document, []), reason: 'no-kind', document });
    return [];
  }
  const kind = kindName(record.kind);
  const id = typeof record.id === 'string' ? record.id : undefined;
  return [{ kind, id, data: record, document }];
}

/** A kind that is not a string is shown as JSON; an alias can make it cyclic, which JSON cannot write, so its shape then. */
function kindName(kind: unknown): string {
  if (typeof kind === 'string') return kind;
  try {
    return JSON.stringify(kind) ?? String(kind);
  } catch {
    return show(kind);
  }
}

function isEmpty(data: unknown): boolean {
  return data === null || data === undefined;
}

function unknownKind(kind: string, kinds: KindRegistry): SchemaIssue {
  const names = kinds.names();
  return {
    path: ['kind'],
    target: 'value',
    message: `has an unknown kind '${kind}'${didYouMean(kind, names)}; known kinds: ${names.join(', ')}`,
  };
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
