import { LineIndex } from './line-index.js';
import { normalizeText } from './normalize-text.js';
import type { Document } from 'yaml';
import { reparseDocuments } from './parse-yaml.js';
import type { MarkdownBody, ParseProblem, Range, SourceDocument, SourceFile } from './source-file.js';
import type { Suppression } from './suppressions.js';

/** A parsed file as a worker thread sends it back: plain data, without the text (the main thread has it) or syntax trees. */
export interface TransferredFile {
  path: string;
  problems: ParseProblem[];
  readProblem?: string;
  documents: Array<{ offset: number; region: SourceDocument['region']; data: unknown; body?: MarkdownBody }>;
  suppressions: Array<Omit<Suppression, 'file'>>;
}

export function toTransferred(file: SourceFile): TransferredFile {
  return {
    path: file.path,
    problems: file.problems,
    ...(file.readProblem === undefined ? {} : { readProblem: file.readProblem }),
    documents: file.documents.map(({ offset, region, data, body }) => (body ? { offset, region, data, body } : { offset, region, data })),
    suppressions: file.suppressions.map(({ file: _, ...suppression }) => suppression),
  };
}

/** Rebuilds a parsed file from what a worker sent and the raw text; each document's syntax tree is parsed again on demand. */
export function fromTransferred(transferred: TransferredFile, raw: string): SourceFile {
  const text = normalizeText(raw);
  const file: SourceFile = { path: transferred.path, text, lines: new LineIndex(text), documents: [], problems: transferred.problems, suppressions: [] };
  if (transferred.readProblem !== undefined) file.readProblem = transferred.readProblem;
  for (const { offset, region, data, body } of transferred.documents) file.documents.push(new DocumentWithTreeOnDemand(file, offset, region, data, body));
  file.suppressions = transferred.suppressions.map((suppression) => ({ ...suppression, file }));
  return file;
}

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

/** The same document, letting go of its syntax tree (see DocumentWithTreeOnDemand). */
export function withTreeOnDemand({ file, offset, region, data, body }: SourceDocument): SourceDocument {
  return new DocumentWithTreeOnDemand(file, offset, region, data, body);
}

/** The trees parsed again, by file and by where their text starts, so that a file of many documents is parsed again once. */
const reparsed = new WeakMap<SourceFile, Map<number, Document.Parsed[]>>();

function treesOf(file: SourceFile, offset: number, end: number): Document.Parsed[] {
  let byOffset = reparsed.get(file);
  if (!byOffset) reparsed.set(file, (byOffset = new Map()));
  let trees = byOffset.get(offset);
  if (!trees) byOffset.set(offset, (trees = reparseDocuments(file, offset, end)));
  return trees;
}
