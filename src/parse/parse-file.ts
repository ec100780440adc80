import { LineIndex } from './line-index.js';
import { normalizeText } from './normalize-text.js';
import { parseMarkdown } from './parse-markdown.js';
import { parseYamlDocuments } from './parse-yaml.js';
import type { SourceFile } from './source-file.js';
import { findSuppressions } from './suppressions.js';
import { withTreeOnDemand } from './tree-on-demand.js';

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
  // The syntax trees are let go here, and parsed again where a finding needs a position (see withTreeOnDemand).
  // Kept on the file even for a moment, they would outlive many collections once the file is in the old
  // generation, and cost more garbage collection than everything else in the run.
  file.documents = parsed.map(withTreeOnDemand);
  return file;
}

export function isMarkdown(path: string): boolean {
  return /\.(?:md|markdown)$/i.test(path);
}

/** How many documents a YAML text holds at most: one, plus one for each `---` line (a quick count, not a parse). */
function documentCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf('---'); at !== -1; at = text.indexOf('---', at + 3)) {
    if (at === 0 || text[at - 1] === '\n') count++;
  }
  return text.startsWith('---') ? count - 1 : count;
}
