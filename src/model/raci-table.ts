import type { Path } from '../parse/locate.js';
import type { MarkdownTable, TableCell } from '../parse/markdown-tables.js';
import type { Range, SourceDocument } from '../parse/source-file.js';
import type { SchemaIssue } from '../schema/schema-issues.js';

const TRUE_WORDS = new Set(['yes', 'y', 'true', 'x']);
const FALSE_WORDS = new Set(['no', 'n', 'false', '']);

/** The data of a RACI entity read from a Markdown table, and which cell each path of it comes from. */
export interface RaciFromTable {
  data: Record<string, unknown>;
  cells: Map<string, Range>;
  /** Set when no table of the body is a RACI matrix: the one finding to report instead of the missing fields. */
  noMatrix?: SchemaIssue;
}

/**
 * Reads the RACI matrix of a Markdown file into the entity's `parties` and `tasks`, as YAML would have them, with
 * the cell each path comes from, so that findings point at the cell. The matrix is the first table of the body
 * whose header names, after the task column, at least one party of the register (`isParty`), so that a legend
 * table before it is not taken for it; an optional `Critical` column (`Critical?`, `Critical:`) marks tasks and
 * is never a party. Gives undefined when the front matter already has `tasks` or the file is not Markdown.
 */
export function raciFromTables(
  document: SourceDocument,
  data: Record<string, unknown>,
  tables: readonly MarkdownTable[],
  isParty: (id: string) => boolean,
): RaciFromTable | undefined {
  if (!document.body || Object.hasOwn(data, 'tasks')) return undefined;
  const positions = new Map<string, Range>();
  const at = (path: Path, range: Range) => positions.set(positionKey(path), range);
  const table = tables.find((candidate) => partyColumns(candidate).some(({ cell }) => isParty(cell.text)));
  if (!table) return { data, cells: positions, noMatrix: noMatrix(tables, at) };

  const parties = partyColumns(table);
  const criticalColumn = table.header.cells.findIndex((cell, index) => index > 0 && isCriticalHeader(cell.text));
  at(['parties'], table.header.range);
  parties.forEach(({ cell }, index) => at(['parties', index], cell.range));

  const tasks = table.rows.map((row, index) => {
    const cellAt = (column: number): TableCell => row.cells[column] ?? { text: '', range: { start: row.range.end, end: row.range.end } };
    const name = cellAt(0);
    at(['tasks', index], row.range);
    at(['tasks', index, 'name'], name.range);
    at(['tasks', index, 'assignments'], row.range);
    const task: Record<string, unknown> = { name: name.text, assignments: {} };
    if (criticalColumn !== -1) {
      const critical = cellAt(criticalColumn);
      at(['tasks', index, 'critical'], critical.range);
      task.critical = toBoolean(critical.text);
    }
    for (const { cell: party, column } of parties) {
      const cell = cellAt(column);
      (task.assignments as Record<string, string>)[party.text] = cell.text;
      at(['tasks', index, 'assignments', party.text], cell.range);
    }
    return task;
  });
  at(['tasks'], { start: table.header.range.start, end: (table.rows.at(-1) ?? table.header).range.end });
  return { data: { ...data, parties: parties.map(({ cell }) => cell.text), tasks }, cells: positions };
}

/** The columns of a table after the first (the task), less a `Critical` column: the parties, if it is a matrix. */
function partyColumns(table: MarkdownTable): Array<{ cell: TableCell; column: number }> {
  const columns: Array<{ cell: TableCell; column: number }> = [];
  table.header.cells.forEach((cell, column) => {
    if (column > 0 && !isCriticalHeader(cell.text)) columns.push({ cell, column });
  });
  return columns;
}

/** `Critical`, in any case, with punctuation around it or not: `Critical?`, `Critical:`, `*Critical*`. */
function isCriticalHeader(text: string): boolean {
  return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase() === 'critical';
}

/** Why a Markdown RACI has no matrix, at the header of its first table (or at its `kind` when it has none). */
function noMatrix(tables: readonly MarkdownTable[], at: (path: Path, range: Range) => void): SchemaIssue {
  const advice =
    'write the matrix as a table whose header row is `| Task | Critical | <party> | … |`, each party a person, team or role of the register, or list `parties` and `tasks` in the front matter';
  const first = tables[0];
  if (!first) return { path: ['kind'], target: 'key', message: `has no RACI matrix: its Markdown body has no table; ${advice}` };
  at(['tasks'], first.header.range);
  const header = `\`| ${first.header.cells.map((cell) => cell.text).join(' | ')} |\``;
  const which =
    tables.length === 1
      ? `its only table (${header}) names no person, team or role of the register`
      : `none of its ${tables.length} tables (the first: ${header}) names a person, team or role of the register`;
  return { path: ['tasks'], target: 'value', message: `has no RACI matrix: ${which} after its first column; ${advice}` };
}

/** The key under which `RaciFromTable.cells` records a path. */
export function positionKey(path: Path): string {
  return path.join('\u0000');
}

/** The cell a path of table data comes from: that of the path, or of its nearest ancestor that has one. */
export function cellAt(cells: ReadonlyMap<string, Range>, path: Path): Range | undefined {
  for (let length = path.length; length > 0; length--) {
    const range = cells.get(positionKey(path.slice(0, length)));
    if (range) return range;
  }
  return undefined;
}

/** yes/true/x mean critical and no/false/blank mean not; anything else stays text for the schema to report. */
function toBoolean(text: string): boolean | string {
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return text;
}
