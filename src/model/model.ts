import type { Range, SourceDocument, SourceFile, Suppression } from '../parse/source-file.js';
import type { FoundReference } from '../schema/reference-keyword.js';
import type { SchemaIssue } from '../schema/schema-issues.js';
import type { KindRegistry } from '../schema/kind-registry.js';
import type { Entity } from './entity.js';
import type { History } from './history.js';

/** A reference from one entity to another's id, as its kind's schema declares it. */
export interface Reference extends FoundReference {
  entity: Entity;
}

/**
 * Something in a file that is not an entity: a YAML document or Markdown file with no `kind` (skipped, and
 * counted so that a misspelt key is noticed), a YAML document that is not a mapping at all, or a document of another
 * tool's format (an `apiVersion` that no adapter claims: a Kubernetes manifest beside the catalog), left alone and counted.
 */
export interface NonEntity {
  file: SourceFile;
  range: Range;
  reason: 'no-kind' | 'not-a-mapping' | 'unclaimed';
  /** The document, when there is one: a Markdown file without front matter has none. */
  document?: SourceDocument;
}

/** The whole governance repo as rules see it. */
export interface Model {
  readonly files: readonly SourceFile[];
  /** Every entity, in file order and then in document order. */
  readonly entities: readonly Entity[];
  readonly nonEntities: readonly NonEntity[];
  readonly kinds: KindRegistry;
  readonly references: readonly Reference[];
  /** Every `# govlint-disable…` comment, in file order. */
  readonly suppressions: readonly Suppression[];
  /** Role ids every repo has without declaring them. */
  readonly builtinRoles: ReadonlySet<string>;
  /**
   * The Git history of the files, when an enabled rule needs it (`RuleMeta.needsHistory`) and they are in a Git
   * repository; undefined otherwise, and a rule that reads it must then say so or report nothing.
   */
  readonly history?: History;
  ofKind(kind: string): readonly Entity[];
  /**
   * Ids written in files that do not parse or could not be read, with the file: an entity there may have them,
   * so a reference to one of them that no entity has cannot be called missing.
   */
  readonly unreadableIds: ReadonlyMap<string, SourceFile>;
  /** Every entity with this id: more than one is a duplicate. */
  withId(id: string): readonly Entity[];
  /** The schema issues of an entity; an unknown kind is one too. */
  schemaIssues(entity: Entity): readonly SchemaIssue[];
}
