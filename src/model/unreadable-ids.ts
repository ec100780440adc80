import type { SourceFile } from '../parse/source-file.js';

/** An `id:` line, as an entity's is written, in any indentation or as a list item, quoted or not. */
const ID_LINE = /^[ \t]*(?:-[ \t]+)?(["']?)id\1[ \t]*:[ \t]*(["']?)([^\s"'#,[\]{}]+)\2/gm;

/**
 * The ids that entities of files govlint could not read in full (a syntax error, a read problem) may have, with
 * their file: what such a file holds is unknown, so a reference to one of these ids may be right, and cannot be
 * called missing. Found in the text, as the parser could not say.
 */
export function unreadableIds(files: readonly SourceFile[]): Map<string, SourceFile> {
  const ids = new Map<string, SourceFile>();
  for (const file of files) {
    if (file.problems.length === 0 && file.readProblem === undefined) continue;
    for (const match of file.text.matchAll(ID_LINE)) if (!ids.has(match[3]!)) ids.set(match[3]!, file);
  }
  return ids;
}
