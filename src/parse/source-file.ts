import type { LineIndex } from './line-index.js';
import type { YamlPositions } from './positions.js';
import type { Range } from './range.js';

export type { Range } from './range.js';

/** Something wrong with a file's syntax, found while parsing it. */
export interface ParseProblem {
  message: string;
  range: Range;
}

/**
 * One YAML document of a file: a whole YAML document, or the front matter of a Markdown file. It is what parsing
 * gives and nothing changes it later: findings are located from `positions`, which parsing recorded.
 */
export interface SourceDocument {
  readonly file: SourceFile;
  /** Where the YAML text starts in the file: positions are relative to it. */
  readonly offset: number;
  /** Where the document's nodes are (see positions.ts): what `locate` turns a path into a range with. */
  readonly positions: YamlPositions;
  /** The document as plain data. */
  readonly data: unknown;
  /** The Markdown text after the front matter. */
  readonly body?: MarkdownBody;
}

export interface MarkdownBody {
  readonly text: string;
  /** Where the body starts in the file. */
  readonly offset: number;
}

export interface SourceFile {
  /** POSIX path relative to the working directory, as shown in findings. */
  path: string;
  /** The text with any BOM removed and lone CRs turned into LFs (offsets are unchanged otherwise). */
  text: string;
  lines: LineIndex;
  documents: SourceDocument[];
  problems: ParseProblem[];
  /** Why the file could not be read faithfully, or was not parsed (too many documents); files/readable reports it. */
  readProblem?: string;
  /** The `# govlint-disable…` comments in its YAML. */
  suppressions: Suppression[];
}

/** A `# govlint-disable…` comment: which rules it silences, where, why and until when. */
export interface Suppression {
  file: SourceFile;
  /** The comment itself. */
  range: Range;
  scope: 'next-line' | 'document';
  /** The lines whose findings it covers, 1-based and inclusive. */
  from: number;
  to: number;
  rules: string[];
  reason?: string;
  /** YYYY-MM-DD after which it no longer applies, as written (the date is checked by suppressions/valid). */
  until?: string;
  /** The Person id after `-- approved-by:`: who granted the exception (suppressions/valid checks the person exists). */
  approvedBy?: string;
  /** What is wrong with how it is written; a suppression with a problem silences nothing. */
  problem?: string;
  /** How many findings it silenced; the engine counts them. */
  matched: number;
}
