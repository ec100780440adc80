import type { SourcePath } from '../adapt/types.js';
import type { Range, SourceDocument } from '../parse/source-file.js';

/** One governance entity: a YAML document, or a Markdown file's front matter, that has a `kind`; or one an adapter made of another format. */
export interface Entity {
  kind: string;
  /** The entity's id when it is a string; a missing or mistyped id is a schema finding. */
  id: string | undefined;
  data: Readonly<Record<string, unknown>>;
  document: SourceDocument;
  /**
   * For data read from a Markdown table rather than YAML (a RACI matrix), the cell each path comes from, by
   * `positionKey(path)` (raci-table.ts); the engine locates findings in such data there.
   */
  cells?: ReadonlyMap<string, Range>;
  /** For an entity an adapter made of another format (src/adapt): the roles that format keeps outside `data.roles`. */
  roles?: Readonly<Record<string, string | readonly string[]>>;
  /** For an adapted entity: where each of its paths was written in `document` (the engine locates findings there). */
  sourcePaths?: readonly SourcePath[];
}

/** Names an entity the way findings do: `System 'pos'`, or its file when it has no usable id. */
export function describeEntity(entity: Entity): string {
  return entity.id === undefined ? `${shorten(entity.kind)} in ${entity.document.file.path}` : `${shorten(entity.kind)} '${shorten(entity.id)}'`;
}

/** Keeps names in messages readable when a file holds an absurdly long id or kind. */
function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
