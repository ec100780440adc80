import type { Document } from 'yaml';
import type { LineIndex } from './line-index.js';

/** A span of a file's text, as offsets into `SourceFile.text`. */
export interface Range {
  start: number;
  end: number;
}

/** Something wrong with a file's syntax, found while parsing it. */
export interface ParseProblem {
  message: string;
  range: Range;
}

/** One YAML document of a file: a whole YAML document, or the front matter of a Markdown file. */
export interface SourceDocument {
  file: SourceFile;
  /**
   * The parsed YAML, for mapping a path inside the data to a position. It is not kept after parsing (most documents
   * are read without one), and is parsed again from the text on first use: positions are needed only where there
   * are findings.
   */
  yaml: Document.Parsed;
  /** Where the YAML text starts in the file: node ranges are relative to it. */
  offset: number;
  /** Where the YAML text ends, and which document of it this is: enough to parse it again. */
  region: { end: number; index: number };
  /** The document as plain data. */
  data: unknown;
  /** The Markdown text after the front matter. */
  body?: MarkdownBody;
  /** Where data that did not come from the YAML sits in the file (a RACI table's cells), by `positionKey(path)`. */
  positions?: Map<string, Range>;
}

export interface MarkdownBody {
  text: string;
  /** Where the body starts in the file. */
  offset: number;
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
  /** What is wrong with how it is written; a suppression with a problem silences nothing. */
  problem?: string;
  /** How many findings it silenced; the engine counts them. */
  matched: number;
}
