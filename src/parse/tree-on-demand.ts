import { parseAllDocuments, type Document } from 'yaml';
import type { MarkdownBody, Range, SourceDocument, SourceFile } from './source-file.js';
import { YAML_OPTIONS } from './yaml-options.js';

/**
 * A parsed document without its syntax tree, which is parsed again from the text on first use, with the other
 * documents of the same text. Positions are needed only where there are findings, and thousands of trees kept to
 * the end of a run cost more in garbage collection than the few parsed again.
 */
class DocumentWithTreeOnDemand implements SourceDocument {
  positions?: Map<string, Range>;
  body?: MarkdownBody;

  constructor(
    readonly file: SourceFile,
    readonly offset: number,
    readonly region: SourceDocument['region'],
    readonly data: unknown,
    body: MarkdownBody | undefined,
  ) {
    if (body) this.body = body;
  }

  get yaml(): Document.Parsed {
    return treesOf(this.file, this.offset, this.region.end)[this.region.index]!;
  }
}

/** A document of the YAML text from `offset` to `region.end` of the file, whose tree is parsed when first asked for. */
export function documentWithTreeOnDemand(file: SourceFile, offset: number, region: SourceDocument['region'], data: unknown, body?: MarkdownBody): SourceDocument {
  return new DocumentWithTreeOnDemand(file, offset, region, data, body);
}

/** The same document, letting go of its syntax tree (see DocumentWithTreeOnDemand). */
export function withTreeOnDemand(document: SourceDocument): SourceDocument {
  if (document instanceof DocumentWithTreeOnDemand) return document;
  const { file, offset, region, data, body } = document;
  return new DocumentWithTreeOnDemand(file, offset, region, data, body);
}

/** The trees parsed again, by file and by where their text starts, so that a file of many documents is parsed again once. */
const reparsed = new WeakMap<SourceFile, Map<number, Document.Parsed[]>>();

function treesOf(file: SourceFile, offset: number, end: number): Document.Parsed[] {
  let byOffset = reparsed.get(file);
  if (!byOffset) reparsed.set(file, (byOffset = new Map()));
  let trees = byOffset.get(offset);
  // The same text gives the same trees as the first parse.
  if (!trees) byOffset.set(offset, (trees = parseAllDocuments(file.text.slice(offset, end), YAML_OPTIONS)));
  return trees;
}
