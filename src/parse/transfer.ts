import { LineIndex } from './line-index.js';
import { normalizeText } from './normalize-text.js';
import type { MarkdownBody, ParseProblem, SourceFile, Suppression } from './source-file.js';
import type { YamlPositions } from './positions.js';

/** A parsed file as a worker thread sends it back: plain data, without the text (the main thread has it). */
export interface TransferredFile {
  path: string;
  problems: ParseProblem[];
  readProblem?: string;
  documents: Array<{ offset: number; positions: YamlPositions; data: unknown; body?: MarkdownBody }>;
  suppressions: Array<Omit<Suppression, 'file'>>;
}

export function toTransferred(file: SourceFile): TransferredFile {
  return {
    path: file.path,
    problems: file.problems,
    ...(file.readProblem === undefined ? {} : { readProblem: file.readProblem }),
    documents: file.documents.map(({ offset, positions, data, body }) => (body ? { offset, positions, data, body } : { offset, positions, data })),
    suppressions: file.suppressions.map(({ file: _, ...suppression }) => suppression),
  };
}

/** Rebuilds a parsed file from what a worker sent and the raw text. */
export function fromTransferred(transferred: TransferredFile, raw: string): SourceFile {
  const text = normalizeText(raw);
  const file: SourceFile = { path: transferred.path, text, lines: new LineIndex(text), documents: [], problems: transferred.problems, suppressions: [] };
  if (transferred.readProblem !== undefined) file.readProblem = transferred.readProblem;
  for (const { offset, positions, data, body } of transferred.documents) file.documents.push(body ? { file, offset, positions, data, body } : { file, offset, positions, data });
  file.suppressions = transferred.suppressions.map((suppression) => ({ ...suppression, file }));
  return file;
}
