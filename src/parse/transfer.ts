import { LineIndex } from './line-index.js';
import { normalizeText } from './normalize-text.js';
import type { MarkdownBody, ParseProblem, SourceDocument, SourceFile, Suppression } from './source-file.js';
import { documentWithTreeOnDemand } from './tree-on-demand.js';

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
  for (const { offset, region, data, body } of transferred.documents) file.documents.push(documentWithTreeOnDemand(file, offset, region, data, body));
  file.suppressions = transferred.suppressions.map((suppression) => ({ ...suppression, file }));
  return file;
}
