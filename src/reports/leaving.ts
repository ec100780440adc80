import type { Finding } from '../engine/finding.js';
import { lintParsed, type LintResult, type LintSetup } from '../engine/lint.js';
import { entitiesOfKind } from '../model/lookup.js';
import type { Model } from '../model/model.js';
import { raciTasks } from '../model/raci.js';
import type { Path } from '../parse/locate.js';
import type { MarkdownTable, TableRow } from '../parse/markdown-tables.js';
import { countOf, kindOf, MAP, SEQ, skipNode, type Cursor, type YamlPositions } from '../parse/positions.js';
import type { SourceDocument, SourceFile } from '../parse/source-file.js';
import { namesPerson } from './who.js';

/**
 * The findings a person's departure would create: the register linted again as if they had left (see
 * `withoutPerson`), less every finding it has now, compared by fingerprint; those an exception in force silences
 * are left out. This is the offboarding checklist: each is a place to name a successor or to change.
 */
export function departureFindings(before: LintResult, id: string, setup: LintSetup): Finding[] {
  const after = lintParsed(withoutPerson(before.model, id), { ...setup, ...(before.model.history ? { history: before.model.history } : {}) });
  const known = new Set(before.findings.map((finding) => finding.fingerprint));
  return after.findings.filter((finding) => !finding.suppression && !known.has(finding.fingerprint));
}

/** Paths to remove from a document, as a tree of segments; `true` marks a removed node. */
type Removals = Map<string, Removals | true>;

/**
 * The model's parsed files with every reference to a person removed, as if they had left: the role holdings, deputy,
 * sponsor, team places and other fields naming them, their RACI columns (the party and each task's cell, in YAML or
 * in a Markdown table), and their Person document (with the exceptions written in it; a file left with no document
 * is left out, as deleted). The files are frozen once linted, so these are copies; the text is unchanged, so every
 * finding still points at the real file, line and column.
 */
export function withoutPerson(model: Model, id: string): SourceFile[] {
  const removals = new Map<SourceDocument, Removals>();
  const columns = new Set<SourceDocument>();
  const remove = (document: SourceDocument, path: Path) => addRemoval(removals.get(document) ?? removals.set(document, new Map()).get(document)!, path);
  for (const reference of model.references) {
    if (!namesPerson(reference, id)) continue;
    const { entity, path } = reference;
    // A matrix read from a Markdown table: its parties and tasks come from the table, whose column is removed below.
    if (entity.cells && (path[0] === 'parties' || path[0] === 'tasks')) columns.add(entity.document);
    else remove(entity.document, path);
  }
  for (const matrix of model.ofKind('Raci')) {
    if (matrix.cells) continue;
    for (const task of raciTasks(matrix)) if (Object.hasOwn(task.assignments, id)) remove(matrix.document, ['tasks', task.index, 'assignments', id]);
  }
  const gone = new Set(entitiesOfKind(model, id, 'Person').map((person) => person.document));

  const files: SourceFile[] = [];
  for (const file of model.files) {
    const kept = file.documents.filter((document) => !gone.has(document));
    if (kept.length === 0 && file.documents.length > 0) continue;
    const copy: SourceFile = { ...file, documents: [], suppressions: [] };
    copy.documents = kept.map((document) => {
      const paths = removals.get(document);
      const changed: SourceDocument = paths ? { ...document, file: copy, data: pruned(document.data, paths), positions: prunedPositions(document.positions, paths) } : { ...document, file: copy };
      return columns.has(document) && changed.body?.tables ? { ...changed, body: { ...changed.body, tables: changed.body.tables.map((table) => withoutColumn(table, id)) } } : changed;
    });
    // The engine counts on each suppression what it silences: fresh ones, less those in a removed document.
    const removed = file.documents.filter((document) => gone.has(document));
    copy.suppressions = file.suppressions
      .filter(({ range }) => !removed.some((document) => document.offset <= range.start && range.start <= document.offset + document.positions.end))
      .map((suppression) => ({ ...suppression, file: copy, matched: 0 }));
    files.push(copy);
  }
  return files;
}

function addRemoval(tree: Removals, path: Path): void {
  let node = tree;
  path.forEach((segment, index) => {
    const key = String(segment);
    if (index === path.length - 1) {
      node.set(key, true);
      return;
    }
    const next = node.get(key);
    if (next === true) return;
    node = next ?? node.set(key, new Map()).get(key)! as Removals;
  });
}

/** A copy of the data without the removed nodes; what no removal reaches is shared, not copied. */
function pruned(value: unknown, removals: Removals): unknown {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => {
      const below = removals.get(String(index));
      return below === true ? [] : [below ? pruned(item, below) : item];
    });
  }
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const below = removals.get(key);
    if (below !== true) copy[key] = below ? pruned(item, below) : item;
  }
  return copy;
}

/**
 * The positions of the pruned data. A removed node is dropped from them with everything inside it, and its
 * mapping or sequence counts one entry less: the items after a removed list item move up one index in the
 * positions as they do in the data, so that `members[2]` of the copy is located where the text has `members[3]`.
 * The removed item's text stays in the file and nothing points at it; a finding about the whole list points at
 * the list as written, which still spans it.
 */
function prunedPositions(positions: YamlPositions, removals: Removals): YamlPositions {
  const nodes: number[] = [];
  const keys: Array<string | null> = [];
  if (positions.nodes.length > 0) copyNode(positions, { node: 0, key: 0 }, removals, nodes, keys);
  return { nodes: Int32Array.from(nodes), keys, end: positions.end };
}

function copyNode(positions: YamlPositions, cursor: Cursor, removals: Removals | undefined, nodes: number[], keys: Array<string | null>): void {
  const source = positions.nodes;
  const header = source[cursor.node]!;
  const kind = kindOf(header);
  const at = nodes.length;
  nodes.push(kind, source[cursor.node + 1]!, source[cursor.node + 2]!);
  cursor.node += 3;
  let kept = 0;
  for (let index = 0; index < countOf(header); index++) {
    let name: string | null = String(index);
    if (kind === MAP) {
      name = positions.keys[cursor.key]!;
      const [keyStart, keyEnd] = [source[cursor.node]!, source[cursor.node + 1]!];
      cursor.node += 2;
      cursor.key++;
      if (name !== null && removals?.get(name) === true) {
        skipNode(source, cursor);
        continue;
      }
      nodes.push(keyStart, keyEnd);
      keys.push(name);
    } else if (kind === SEQ && removals?.get(name) === true) {
      skipNode(source, cursor);
      continue;
    }
    const below = name === null ? undefined : removals?.get(name);
    copyNode(positions, cursor, below === true ? undefined : below, nodes, keys);
    kept++;
  }
  nodes[at] = kind | (kept << 2);
}

/** A table without the columns whose header names the person (never the first, the task's). */
function withoutColumn(table: MarkdownTable, id: string): MarkdownTable {
  const dropped = new Set(table.header.cells.flatMap((cell, column) => (column > 0 && cell.text === id ? [column] : [])));
  if (dropped.size === 0) return table;
  const row = (tableRow: TableRow): TableRow => ({ ...tableRow, cells: tableRow.cells.filter((_, column) => !dropped.has(column)) });
  return { header: row(table.header), rows: table.rows.map(row) };
}
