import type { Path } from '../parse/locate.js';
import type { SourceDocument } from '../parse/source-file.js';

/**
 * Where a part of an adapted entity was written: paths that start with `from` in the entity are found under `to`
 * in the source document (`['roles', 'owner']` ← `['spec', 'owner']`). The longest matching `from` wins; a path
 * that none matches is looked up as it is.
 */
export interface SourcePath {
  from: Path;
  to: Path;
}

/** One govlint entity that an adapter made of a document of another format. */
export interface AdaptedEntity {
  /** A kind govlint knows: a built-in one, a plugin's, or one the adapter's plugin defines (`backstage:Component`). */
  kind: string;
  /** What references name; undefined when the document has none (its schema then says what is missing). */
  id: string | undefined;
  /** What the kind's schema validates and rules read. */
  data: Record<string, unknown>;
  /** Roles the format keeps outside a `roles` mapping (a Backstage `spec.owner`): role id → holder id(s). */
  roles?: Record<string, string | string[]>;
  /** How paths in `data` and `roles` map to the source document; without it, they are the document's own paths. */
  sourcePaths?: SourcePath[];
}

/**
 * Reads documents of a format govlint does not define (a Backstage catalog, a list of repositories) as govlint
 * entities. govlint asks each adapter, in order, whether it claims a parsed document; the first that does turns it
 * into entities, and the document is no longer read as a govlint entity.
 */
export interface Adapter {
  /** Shown in messages about the adapter. */
  name: string;
  /** Whether this adapter reads the document (by its `apiVersion`, its file name…). Must not throw. */
  claims(document: SourceDocument): boolean;
  /** The entities the document holds: none, one, or several (a list of repositories). */
  adapt(document: SourceDocument): AdaptedEntity[];
}

/** An identity function that gives adapter authors types. */
export function defineAdapter(adapter: Adapter): Adapter {
  return adapter;
}
