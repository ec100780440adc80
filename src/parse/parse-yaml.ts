import { parseAllDocuments, parseDocument, type Document, type YAMLError } from 'yaml';
import type { ParseProblem, SourceDocument, SourceFile } from './source-file.js';

/** Aliases may repeat a node this many times; more is treated as an alias bomb and refused. */
const MAX_ALIAS_COUNT = 100;

const OPTIONS = { prettyErrors: false, merge: true, uniqueKeys: true } as const;

/** Parses every YAML document of the text that starts at `offset` in `file.text` and ends at `end`. */
export function parseYamlDocuments(file: SourceFile, offset: number, end: number): SourceDocument[] {
  const documents: SourceDocument[] = [];
  for (const yaml of parseAllDocuments(file.text.slice(offset, end), OPTIONS)) {
    const document = toSourceDocument(file, yaml, offset);
    if (document) documents.push(document);
  }
  return documents;
}

/** Parses the front matter of a Markdown file as a single YAML document. */
export function parseYamlDocument(file: SourceFile, offset: number, end: number): SourceDocument | undefined {
  return toSourceDocument(file, parseDocument(file.text.slice(offset, end), OPTIONS), offset);
}

/** Records the document's syntax problems on the file; returns it unless it is too broken to be an entity. */
function toSourceDocument(file: SourceFile, yaml: Document.Parsed, offset: number): SourceDocument | undefined {
  for (const error of [...yaml.errors, ...yaml.warnings]) file.problems.push(toProblem(file, error, offset));
  // A duplicate key leaves a usable document behind; any other syntax error leaves guesses, so no entity is built.
  if (yaml.errors.some((error) => error.code !== 'DUPLICATE_KEY')) return undefined;
  try {
    return { file, yaml, offset, data: yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    const [start = 0, end = 0] = yaml.contents?.range ?? [];
    file.problems.push({
      message: `${withoutFullStop((error as Error).message)}: aliases expand this document too far; write the values out instead`,
      range: { start: offset + start, end: offset + end },
    });
    return undefined;
  }
}

function toProblem(file: SourceFile, error: YAMLError, offset: number): ParseProblem {
  const range = { start: offset + error.pos[0], end: offset + error.pos[1] };
  if (error.code === 'DUPLICATE_KEY') {
    const key = file.text.slice(range.start, range.end).split('\n')[0]!.trim();
    return { message: `Duplicate key '${key}': a key may appear only once in a mapping; keep one and remove the other`, range };
  }
  return { message: withoutFullStop(error.message), range };
}

function withoutFullStop(message: string): string {
  return message.endsWith('.') ? message.slice(0, -1) : message;
}
