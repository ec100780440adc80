import { countOf, kindOf, MAP, SEQ, skipNode, type Cursor, type YamlPositions } from './positions.js';
import type { Range, SourceDocument } from './source-file.js';

export type Path = ReadonlyArray<string | number>;

/** Which part of a mapping entry a finding points at: the value (the default) or the key. */
export type Target = 'value' | 'key';

/**
 * Finds the text range of the node at `path` in a document, from the positions recorded when it was read (it never
 * parses). When the path does not exist (a missing field), the nearest existing ancestor stands in: the key that
 * holds it, or the document's first key for the root.
 */
export function locate(document: SourceDocument, path: Path, target: Target = 'value'): Range {
  const { positions } = document;
  const { nodes, keys } = positions;
  const node: Cursor = { node: 0, key: 0 };
  /** Where in `nodes` the key of the entry that holds the node is; -1 for the root and a sequence's items. */
  let holder = -1;
  for (const segment of path) {
    const header = nodes[node.node]!;
    const kind = kindOf(header);
    const count = countOf(header);
    if (kind === MAP) {
      // The last of duplicate keys, as that is the value the data holds.
      const name = String(segment);
      let found: Cursor | undefined;
      let foundKey = -1;
      const entry: Cursor = { node: node.node + 3, key: node.key };
      for (let index = 0; index < count; index++) {
        const keyAt = entry.node;
        const matches = keys[entry.key] === name;
        entry.node += 2;
        entry.key++;
        if (matches) {
          found = { ...entry };
          foundKey = keyAt;
        }
        skipNode(nodes, entry);
      }
      if (!found) return ancestorRange(document, node, holder);
      holder = foundKey;
      ({ node: node.node, key: node.key } = found);
    } else if (kind === SEQ && typeof segment === 'number' && Number.isInteger(segment) && segment >= 0 && segment < count) {
      node.node += 3;
      for (let index = 0; index < segment; index++) skipNode(nodes, node);
      holder = -1;
    } else {
      return ancestorRange(document, node, holder);
    }
  }
  const chosen = target === 'key' && holder !== -1 ? holder : node.node + 1;
  return toRange(document, chosen) ?? ancestorRange(document, node, holder);
}

function ancestorRange(document: SourceDocument, node: Cursor, holder: number): Range {
  if (holder !== -1) return toRange(document, holder) ?? fileStart(document);
  const header = document.positions.nodes[node.node]!;
  const firstKey = kindOf(header) === MAP && countOf(header) > 0 ? node.node + 3 : undefined;
  return (firstKey === undefined ? undefined : toRange(document, firstKey)) ?? toRange(document, node.node + 1) ?? fileStart(document);
}

/** The range whose start is at `at` in the nodes (a key's, or a node's after its header), in the file. */
function toRange({ positions, offset, file }: SourceDocument, at: number): Range | undefined {
  const { nodes }: YamlPositions = positions;
  if (nodes[at]! < 0) return undefined;
  const start = offset + nodes[at]!;
  let end = offset + nodes[at + 1]!;
  // A block collection's range runs on to the start of the next line; end it on the value's last character instead.
  while (end > start && /\s/.test(file.text[end - 1]!)) end--;
  return { start, end };
}

function fileStart(document: SourceDocument): Range {
  return { start: document.offset, end: document.offset };
}
