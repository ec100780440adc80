// GitHub-flavoured Markdown tables, read by micromark's GFM table extension rather than by hand, so that escaped
// pipes, code spans, alignment rows, fenced code and tables inside lists or quotes are read as GitHub renders them.
// This module is loaded only when a RACI matrix is read from Markdown (see loadTableReader in src/engine/lint.ts).
import type { Nodes, Table, TableCell as MdastCell, TableRow as MdastRow } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString } from 'mdast-util-to-string';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Range } from './range.js';

export interface TableCell {
  /** The cell's text as GitHub shows it, trimmed: `\|` is a pipe, and code spans and emphasis give their text. */
  text: string;
  /** The cell's content in the file; for an empty cell, the blank between its pipes. */
  range: Range;
}

export interface TableRow {
  cells: TableCell[];
  range: Range;
}

export interface MarkdownTable {
  header: TableRow;
  rows: TableRow[];
}

/** Reads the tables of a Markdown text. */
export type TableReader = (text: string, offset: number) => MarkdownTable[];

/** Every table of `text` (which starts at `offset` in its file), in document order, with where each cell is. */
export const readMarkdownTables: TableReader = (text, offset) => {
  // A table needs a delimiter row, which has a `-` next to a `|` or a `:`: without one there is nothing to parse.
  if (!/[|:] *-|-+ *[|:]/.test(text)) return [];
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const tables: MarkdownTable[] = [];
  collect(tree, tables, text, offset);
  return tables;
};

function collect(node: Nodes, tables: MarkdownTable[], text: string, offset: number): void {
  if (node.type === 'table') {
    tables.push(toTable(node, text, offset));
    return;
  }
  if ('children' in node) for (const child of node.children) collect(child, tables, text, offset);
}

function toTable(table: Table, text: string, offset: number): MarkdownTable {
  const [header, ...rows] = table.children.map((row) => toRow(row, text, offset));
  return { header: header!, rows };
}

function toRow(row: MdastRow, text: string, offset: number): TableRow {
  return {
    cells: row.children.map((cell, index) => toCell(cell, index === row.children.length - 1, text, offset)),
    range: shifted(row, offset),
  };
}

function toCell(cell: MdastCell, last: boolean, text: string, offset: number): TableCell {
  const first = cell.children[0];
  const final = cell.children.at(-1);
  if (first && final) return { text: toString(cell).trim(), range: { start: offset + first.position!.start.offset!, end: offset + final.position!.end.offset! } };
  // An empty cell: the blank after its opening pipe, up to the next pipe (or the closing one of the row).
  let start = cell.position!.start.offset!;
  let end = cell.position!.end.offset!;
  if (text[start] === '|') start++;
  if (last && end > start && text[end - 1] === '|') end--;
  return { text: '', range: { start: offset + start, end: offset + end } };
}

function shifted(node: MdastRow, offset: number): Range {
  return { start: offset + node.position!.start.offset!, end: offset + node.position!.end.offset! };
}
