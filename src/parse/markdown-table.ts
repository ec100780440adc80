import type { Range } from './range.js';

export interface TableCell {
  /** The cell's text, trimmed, with `\|` unescaped. */
  text: string;
  /** The trimmed text in the file; for an empty cell, the blank between its pipes. */
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

interface Line {
  text: string;
  start: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Finds the first GitHub-flavoured Markdown table in `text` (which starts at `offset` in its file): a header row,
 * a delimiter row of dashes with as many cells, then rows up to a blank line. Tables inside fenced code are not
 * tables. Cells split on unescaped pipes, as GFM splits them, even inside code spans.
 */
export function firstTable(text: string, offset: number): MarkdownTable | undefined {
  const lines = splitLines(text, offset);
  let fence: string | undefined;
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index]!;
    const marker = FENCE.exec(line.text)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === undefined ? marker : undefined;
      continue;
    }
    if (fence !== undefined || !line.text.includes('|')) continue;
    const header = splitRow(line);
    const delimiter = splitRow(lines[index + 1]!);
    if (delimiter.cells.length !== header.cells.length || !delimiter.cells.every((cell) => /^:?-+:?$/.test(cell.text))) continue;
    const rows: TableRow[] = [];
    for (let next = index + 2; next < lines.length && lines[next]!.text.trim() !== '' && lines[next]!.text.includes('|'); next++) {
      rows.push(splitRow(lines[next]!));
    }
    return { header, rows };
  }
  return undefined;
}

function splitLines(text: string, offset: number): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part.endsWith('\r') ? part.slice(0, -1) : part, start: offset + start });
    start += part.length + 1;
  }
  return lines;
}

/** Splits a row on unescaped pipes; the pipes at either end of the row are optional. */
function splitRow(line: Line): TableRow {
  const bounds: Array<[number, number]> = [];
  let cellStart = 0;
  for (let i = 0; i < line.text.length; i++) {
    if (line.text[i] === '\\') i++;
    else if (line.text[i] === '|') {
      bounds.push([cellStart, i]);
      cellStart = i + 1;
    }
  }
  bounds.push([cellStart, line.text.length]);
  if (line.text.slice(bounds[0]![0], bounds[0]![1]).trim() === '') bounds.shift();
  const last = bounds[bounds.length - 1];
  if (last && line.text.slice(last[0], last[1]).trim() === '' && line.text.trimEnd().endsWith('|')) bounds.pop();
  return {
    cells: bounds.map(([from, to]) => toCell(line, from, to)),
    range: { start: line.start, end: line.start + line.text.length },
  };
}

function toCell(line: Line, from: number, to: number): TableCell {
  const raw = line.text.slice(from, to);
  const leading = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  const start = line.start + from + (trimmed === '' ? 0 : leading);
  const end = trimmed === '' ? line.start + to : start + trimmed.length;
  return { text: trimmed.replace(/\\\|/g, '|'), range: { start, end } };
}
