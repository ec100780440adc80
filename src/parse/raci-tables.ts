import type { MarkdownTable, TableReader } from './markdown-tables.js';
import type { SourceDocument, SourceFile } from './source-file.js';

/**
 * Reads the tables of every Markdown body a RACI matrix is to be read from (`kind: Raci` front matter without
 * `tasks`) and has not had them read: a file taken from the parse cache has. The model picks the matrix among them.
 */
export function addRaciTables(files: readonly SourceFile[], read: TableReader): void {
  for (const file of files) {
    file.documents.forEach((document, index) => {
      if (!needsTables(document)) return;
      const tables: MarkdownTable[] = read(document.body!.text, document.body!.offset);
      file.documents[index] = { ...document, body: { ...document.body!, tables } };
    });
  }
}

/**
 * The same, loading the table reader (a GFM parser of some 200 kB) only when a file needs it, so that a run without
 * a Markdown RACI, or with every file from the cache, does not pay for loading it.
 */
export async function addRaciTablesOnDemand(files: readonly SourceFile[]): Promise<void> {
  if (!files.some((file) => file.documents.some(needsTables))) return;
  const { readMarkdownTables } = await import('./markdown-tables.js');
  addRaciTables(files, readMarkdownTables);
}

function needsTables(document: SourceDocument): boolean {
  const { body, data } = document;
  if (!body || body.tables !== undefined || data === null || typeof data !== 'object') return false;
  return (data as Record<string, unknown>).kind === 'Raci' && !Object.hasOwn(data, 'tasks');
}
