// A review approves a text: once the text changes, the `reviewed` date no longer vouches for what the document says.
import { defineRule } from '../api/types.js';
import { describeEntity } from '../model/entity.js';
import type { FileChange, Hunk } from '../model/history.js';
import type { SourceDocument, SourceFile } from '../parse/source-file.js';
import { isDate } from '../util/dates.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'docs/changed-unreviewed',
    description: 'A Document changed in a commit after its `reviewed` date must have `reviewed` updated in that commit or a later one.',
    severity: 'warning',
    docs: docsUrl('docs/changed-unreviewed'),
    needsHistory: () => ['changes'],
  },
  check({ model, report }) {
    const { history } = model;
    if (!history) return;
    for (const document of model.ofKind('Document')) {
      const { reviewed } = document.data;
      const file = document.document.file;
      // In a file of several entities, a commit's changed lines cannot be told apart by entity.
      if (typeof reviewed !== 'string' || !isDate(reviewed) || entityCount(file) > 1) continue;
      const unreviewed = unreviewedChanges(history.changes(file.path) ?? [], reviewed, frontMatterLines(document.document));
      const first = unreviewed.at(-1);
      if (!first) continue;
      const later = unreviewed.length - 1;
      const alsoLater = later === 0 ? '' : ` (and so did ${later} later commit${later === 1 ? '' : 's'})`;
      report({
        entity: document,
        path: ['reviewed'],
        message:
          `${describeEntity(document)} changed after its review of ${reviewed}: commit ${first.commit.shortHash} of ${first.commit.date} ` +
          `changed it without updating \`reviewed\`${alsoLater}. Review the changes and update \`reviewed\`.`,
      });
    }
  },
});

/**
 * The commits, newest first, that changed a document's text after its review date, back to the last commit that
 * updated `reviewed`: the changes no review covers. In Markdown the text is the body: a commit that only edits the
 * front matter (a tag, an owner) changes no text. Walking back, the front matter's length is carried through each
 * commit's hunks, so that older line numbers are read against the front matter as it was then.
 */
function unreviewedChanges(changes: readonly FileChange[], reviewed: string, frontMatter: number | undefined): FileChange[] {
  const unreviewed: FileChange[] = [];
  let fence = frontMatter;
  for (const change of changes) {
    if (change.reviewed) break;
    const textChanged = fence === undefined ? change.other : change.hunks.some((hunk) => hunk.other && touchesBody(hunk, fence!));
    if (textChanged && change.commit.date > reviewed) unreviewed.push(change);
    if (fence !== undefined) fence = lengthBefore(change.hunks, fence);
  }
  return unreviewed;
}

/** How many lines the front matter of a Markdown document spans, fences included; undefined for YAML. */
function frontMatterLines(document: SourceDocument): number | undefined {
  return document.body ? document.file.lines.position(document.body.offset).line - 1 : undefined;
}

/** Whether a hunk changed lines after the front matter's last line (removed lines sit after `newStart`). */
function touchesBody(hunk: Hunk, frontMatter: number): boolean {
  return hunk.newLines === 0 ? hunk.newStart >= frontMatter : hunk.newStart + hunk.newLines - 1 > frontMatter;
}

/** The front matter's length before a commit, from its length after: less what the commit's hunks inside it added. */
function lengthBefore(hunks: readonly Hunk[], frontMatter: number): number {
  let length = frontMatter;
  for (const hunk of hunks) if (hunk.newStart <= frontMatter) length -= hunk.newLines - hunk.oldLines;
  return length;
}

function entityCount(file: SourceFile): number {
  return file.documents.filter((document) => document.data !== null && document.data !== undefined).length;
}
