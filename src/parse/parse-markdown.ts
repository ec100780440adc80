import { parseYamlDocument } from './parse-yaml.js';
import type { MarkdownBody, SourceDocument, SourceFile } from './source-file.js';

const OPENING_FENCE = /^---[ \t]*\r?\n/;

/**
 * Reads the YAML front matter of a Markdown file: a first line of `---`, YAML, then a line of `---` (or `...`),
 * and the body after it (a RACI matrix is read from its tables when the model is built). A file without front
 * matter yields no document; a fence that is never closed is a syntax problem, recorded on the file.
 */
export function parseMarkdown(file: SourceFile): SourceDocument | undefined {
  if (!OPENING_FENCE.test(file.text)) return undefined;
  const yamlStart = file.text.indexOf('\n') + 1;
  const closingFence = /^(?:---|\.\.\.)[ \t]*\r?$/gm;
  closingFence.lastIndex = yamlStart;
  const closing = closingFence.exec(file.text);
  if (!closing) {
    file.problems.push({
      message: 'Front matter opened with --- on line 1 is never closed: end it with a line of ---',
      range: { start: 0, end: 3 },
    });
    return undefined;
  }
  const document = parseYamlDocument(file, yamlStart, closing.index);
  if (!document) return undefined;
  const lineEnd = file.text.indexOf('\n', closing.index);
  const bodyStart = lineEnd === -1 ? file.text.length : lineEnd + 1;
  const body: MarkdownBody = { text: file.text.slice(bodyStart), offset: bodyStart };
  return { ...document, body };
}
