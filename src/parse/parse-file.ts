import { LineIndex } from './line-index.js';
import { normalizeText } from './normalize-text.js';
import { parseMarkdown } from './parse-markdown.js';
import { parseYamlDocuments } from './parse-yaml.js';
import type { SourceFile } from './source-file.js';
import { findSuppressions } from './suppressions.js';

/** Parses a file's raw text into its YAML documents (Markdown: its front matter), keeping positions. */
export function parseFile(path: string, raw: string): SourceFile {
  const text = normalizeText(raw);
  const file: SourceFile = { path, text, lines: new LineIndex(text), documents: [], problems: [], suppressions: [] };
  const markdown = isMarkdown(path);
  if (markdown) parseMarkdown(file);
  else file.documents.push(...parseYamlDocuments(file, 0, text.length));
  file.suppressions = findSuppressions(file, markdown);
  return file;
}

export function isMarkdown(path: string): boolean {
  return /\.(?:md|markdown)$/i.test(path);
}
