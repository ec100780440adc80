import { isCollection, isMap, isPair, isScalar, isSeq, stringify, type Node, type Pair } from 'yaml';
import type { Range, SourceDocument } from './source-file.js';

export type Path = ReadonlyArray<string | number>;

/** Which part of a mapping entry a finding points at: the value (the default) or the key. */
export type Target = 'value' | 'key';

/**
 * Finds the text range of the node at `path` in a document. When the path does not exist (a missing field), the
 * nearest existing ancestor stands in: the key that holds it, or the document's first key for the root.
 */
export function locate(document: SourceDocument, path: Path, target: Target = 'value'): Range {
  if (document.positions) {
    for (let length = path.length; length > 0; length--) {
      const range = document.positions.get(positionKey(path.slice(0, length)));
      if (range) return range;
    }
  }
  let node: unknown = document.yaml.contents;
  let holder: Pair | undefined;
  for (const segment of path) {
    // The last of duplicate keys, as that is the value the data holds.
    const pair = isMap(node) ? node.items.findLast((item) => keyOf(item) === String(segment)) : undefined;
    const next = pair ? pair.value : isSeq(node) && typeof segment === 'number' ? node.items[segment] : undefined;
    if (pair === undefined && next === undefined) return ancestorRange(document, node, holder);
    holder = pair;
    node = next ?? pair?.key;
  }
  const chosen = target === 'key' && holder ? holder.key : node;
  return toRange(document, chosen) ?? ancestorRange(document, node, holder);
}

/** The key of an entry as the data names it: a null key is '', a list or mapping key its flow-style text. */
function keyOf(pair: Pair): string | undefined {
  if (isScalar(pair.key)) return pair.key.value === null ? '' : String(pair.key.value);
  return isCollection(pair.key) ? stringify(pair.key, { collectionStyle: 'flow' }).trimEnd() : undefined;
}

function ancestorRange(document: SourceDocument, node: unknown, holder: Pair | undefined): Range {
  if (holder) return toRange(document, holder.key) ?? fileStart(document);
  const firstKey = isMap(node) ? node.items[0]?.key : undefined;
  return toRange(document, firstKey) ?? toRange(document, node) ?? fileStart(document);
}

function toRange(document: SourceDocument, node: unknown): Range | undefined {
  const range = (node as Node | null | undefined)?.range;
  if (!range || isPair(node)) return undefined;
  const start = document.offset + range[0];
  let end = document.offset + range[1];
  // A block collection's range runs on to the start of the next line; end it on the value's last character instead.
  while (end > start && /\s/.test(document.file.text[end - 1]!)) end--;
  return { start, end };
}

function fileStart(document: SourceDocument): Range {
  return { start: document.offset, end: document.offset };
}

/** The key under which `SourceDocument.positions` records a path. */
export function positionKey(path: Path): string {
  return path.join('\u0000');
}
