import { LineIndex } from './line-index.js';
import { normalizeText } from './normalize-text.js';
import { parseMarkdown } from './parse-markdown.js';
import { parseYamlDocuments } from './parse-yaml.js';
import type { SourceFile } from './source-file.js';
import { findSuppressions } from './suppressions.js';

export interface ParseLimits {
  /** A YAML file with more documents is not parsed: a finding says so. */
  maxDocuments: number;
}

export interface ParseOptions {
  /** Why the file could not be read faithfully; it is parsed all the same when there is text. */
  problem?: string;
  limits?: ParseLimits;
}

/** Parses a file's raw text into its YAML documents (Markdown: its front matter), keeping positions. */
export function parseFile(path: string, raw: string, { problem, limits }: ParseOptions = {}): SourceFile {
  const text = normalizeText(raw);
  const file: SourceFile = { path, text, lines: new LineIndex(text), documents: [], problems: [], suppressions: [] };
  if (problem !== undefined) file.readProblem = problem;
  const markdown = isMarkdown(path);
  const documents = markdown ? 1 : documentCount(text);
  if (limits && documents > limits.maxDocuments) {
    file.readProblem = `This file holds ${documents} YAML documents, more than the ${limits.maxDocuments} govlint reads in one file (limits.maxDocuments): split it, or raise the limit in the config`;
    return file;
  }
  const parsed = markdown ? [parseMarkdown(file)].filter((document) => document !== undefined) : parseYamlDocuments(file, 0, text.length);
  file.suppressions = findSuppressions(file, parsed, markdown);
  file.documents = parsed;
  return file;
}

export function isMarkdown(path: string): boolean {
  return /\.(?:md|markdown)$/i.test(path);
}

/**
 * How many documents a YAML text holds, by its lines (a quick count, not a parse): a `---` line starts one, and so
 * does content after a `...` line, which ends one; markers are markers only at the start of a line.
 */
function documentCount(text: string): number {
  let count = 0;
  let open = false;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (isMarker(text, start, end, '---')) {
      count++;
      open = true;
    } else if (isMarker(text, start, end, '...')) {
      open = false;
    } else if (!open && !isBlankOrComment(text, start, end)) {
      count++;
      open = true;
    }
    start = end + 1;
  }
  return Math.max(count, 1);
}

function isMarker(text: string, start: number, end: number, marker: string): boolean {
  if (!text.startsWith(marker, start)) return false;
  const after = text[start + 3];
  return start + 3 >= end || after === ' ' || after === '\t' || after === '\r';
}

/** A line that opens no document: blank, a comment, or a directive (`%YAML`, which comes before a `---`). */
function isBlankOrComment(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const char = text[at];
    if (char === ' ' || char === '\t' || char === '\r') continue;
    return char === '#' || (char === '%' && at === start);
  }
  return true;
}
