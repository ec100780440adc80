// GitHub-flavoured Markdown tables, read by micromark's GFM table extension rather than by hand, so that escaped
// pipes, code spans, alignment rows, fenced code and tables inside lists or quotes are read as GitHub renders them.
// The tables are read straight from micromark's events: building a syntax tree of the whole body (mdast) to keep
// only its tables cost as much again as parsing it. The command line loads this module only when a RACI matrix is
// read from Markdown (see raci-tables.ts).
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { parse, postprocess, preprocess } from 'micromark';
import { gfmTable } from 'micromark-extension-gfm-table';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { Event, ParseContext, Token } from 'micromark-util-types';
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

/** A line that may be a delimiter row: a `-` next to a `|` or a `:`. Every table has one. */
const DELIMITER_ROW = /^.*(?:[|:] *-|- *[|:]).*$/gm;

/**
 * One parser for every text: making one combines CommonMark's constructs with the table extension, which costs
 * more than parsing a small table. What a parse leaves in it, the definitions it found and which lines were lazy
 * (ParseContext's `defined` and `lazy`), is cleared before each text, so that a text never sees another's.
 */
let parser: ParseContext | undefined;

function freshParser(): ParseContext {
  parser ??= parse({ extensions: [gfmTable()] });
  parser.defined = [];
  parser.lazy = {};
  return parser;
}

/** Every table of `text` (which starts at `offset` in its file), in document order, with where each cell is. */
export const readMarkdownTables: TableReader = (text, offset) => {
  let end = -1;
  for (const match of text.matchAll(DELIMITER_ROW)) end = match.index + match[0].length;
  if (end === -1) return [];
  // A table never spans a blank line, and what follows a blank line cannot change what came before it: the text
  // after the blank line that follows the last delimiter row holds no table, and need not be parsed (it is slow).
  const blank = /\n[ \t]*(?:\r?\n|$)/g;
  blank.lastIndex = end;
  const cut = blank.exec(text)?.index ?? text.length;
  const events = postprocess(freshParser().document().write(preprocess()(text.slice(0, cut), undefined, true)));
  return tablesOf(events, text, offset);
};

/** The tokens whose text is a cell's text as is (a cell's text is what GitHub shows: no markers, no link targets). */
const TEXT_TOKENS = new Set(['data', 'characterEscapeValue', 'autolinkProtocol', 'autolinkEmail', 'htmlTextData']);

/**
 * The tables among the events, each cell's text as mdast-util-to-string gives it from the tree that
 * mdast-util-from-markdown and mdast-util-gfm-table build (the reading of cells govlint had before).
 */
function tablesOf(events: readonly Event[], text: string, offset: number): MarkdownTable[] {
  const tables: MarkdownTable[] = [];
  let rows: TableRow[] = [];
  let cells: ReadCell[] = [];
  let cell: Token | undefined;
  let content: Token | undefined;
  let value = '';
  // Inside a code span, its text; inside a link's target or reference, how deep (its text is not shown).
  let code: string | undefined;
  let hidden = 0;
  let numericBase: number | undefined;
  for (const [kind, token, context] of events) {
    const enter = kind === 'enter';
    switch (token.type) {
      case 'table':
        if (enter) rows = [];
        else tables.push({ header: rows[0]!, rows: rows.slice(1) });
        continue;
      case 'tableRow':
        if (enter) cells = [];
        else rows.push({ cells: cells.map((read, index) => toCell(read, index === cells.length - 1, text, offset)), range: rangeOf(token, offset) });
        continue;
      case 'tableHeader':
      case 'tableData':
        if (enter) {
          cell = token;
          content = undefined;
          value = '';
        } else {
          cells.push({ cell: cell!, content, value });
          cell = undefined;
        }
        continue;
    }
    if (cell === undefined) continue;
    switch (token.type) {
      case 'tableContent':
        if (enter) content = token;
        continue;
      case 'resource':
      case 'reference':
        hidden += enter ? 1 : -1;
        continue;
      case 'codeText':
        // As mdast-util-gfm-table does: in a table, `\|` in a code span is a pipe (a backslash stays one).
        if (enter) code = '';
        else {
          value += code!.replace(/\\([\\|])/g, (escape: string, character: string) => (character === '|' ? character : escape));
          code = undefined;
        }
        continue;
      case 'codeTextData':
        if (enter) code += context.sliceSerialize(token);
        continue;
      case 'characterReferenceMarkerNumeric':
        numericBase = 10;
        continue;
      case 'characterReferenceMarkerHexadecimal':
        numericBase = 16;
        continue;
      case 'characterReferenceValue': {
        if (!enter) continue;
        const reference = context.sliceSerialize(token);
        if (hidden === 0) value += numericBase === undefined ? decodeNamedCharacterReference(reference) : decodeNumericCharacterReference(reference, numericBase);
        numericBase = undefined;
        continue;
      }
    }
    if (enter && hidden === 0 && TEXT_TOKENS.has(token.type)) {
      if (code === undefined) value += context.sliceSerialize(token);
      else code += context.sliceSerialize(token);
    }
  }
  return tables;
}

/** A cell as its events gave it: its token, the token of its content (none when blank) and its text. */
interface ReadCell {
  cell: Token;
  content: Token | undefined;
  value: string;
}

function toCell({ cell, content, value }: ReadCell, last: boolean, text: string, offset: number): TableCell {
  if (content) return { text: value.trim(), range: rangeOf(content, offset) };
  // An empty cell: the blank after its opening pipe, up to the next pipe (or the closing one of the row).
  let start = cell.start.offset;
  let end = cell.end.offset;
  if (text[start] === '|') start++;
  if (last && end > start && text[end - 1] === '|') end--;
  return { text: '', range: { start: offset + start, end: offset + end } };
}

function rangeOf(token: Token, offset: number): Range {
  return { start: offset + token.start.offset, end: offset + token.end.offset };
}
