import type { Path } from '../parse/locate.js';
import type { TableCell } from '../parse/markdown-table.js';
import type { Range, SourceDocument } from '../parse/source-file.js';

const TRUE_WORDS = new Set(['yes', 'y', 'true', 'x']);
const FALSE_WORDS = new Set(['no', 'n', 'false', '']);

/** The data of a RACI entity read from a Markdown table, and which cell each path of it comes from. */
export interface RaciFromTable {
  data: Record<string, unknown>;
  cells: Map<string, Range>;
}

/**
 * Reads the RACI matrix of a Markdown file from the first table of its body (read with its cells' positions when
 * the file was parsed) into the entity's `parties` and `tasks`, as YAML would have them, with the cell each path
 * comes from, so that findings point at the cell. The header row names the parties (the first column is the
 * task; an optional `Critical` column marks tasks). Gives undefined when the front matter already has `tasks` or
 * the body has no table.
 */
export function raciFromTable(document: SourceDocument, data: Record<string, unknown>): RaciFromTable | undefined {
  const table = document.body?.table;
  if (!table || Object.hasOwn(data, 'tasks')) return undefined;
  const positions = new Map<string, Range>();
  const at = (path: Path, range: Range) => positions.set(positionKey(path), range);

  const [, ...columns] = table.header.cells;
  const criticalColumn = columns.findIndex((cell) => cell.text.toLowerCase() === 'critical');
  const parties: Array<{ cell: TableCell; column: number }> = [];
  columns.forEach((cell, index) => {
    if (index !== criticalColumn) parties.push({ cell, column: index + 1 });
  });
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
      const critical = cellAt(criticalColumn + 1);
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
