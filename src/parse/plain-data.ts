import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

/** Thrown inside `plain` at a node it does not convert the way yaml's toJS would. */
const NOT_PLAIN = Symbol('not plain');

/**
 * The document's data, exactly as yaml's `toJS()` gives it. A document with no alias and no merge key, whose keys
 * are all scalars (nearly every governance document), is converted by a direct walk over its nodes, which takes a
 * third of the time of `toJS`'s general one; any other goes through `toJS`, and so does any document the walk
 * does not finish. `source` is the document's text.
 */
export function plainData(yaml: Document.Parsed, source: string, maxAliasCount: number): unknown {
  if (!source.includes('*') && !source.includes('<<')) {
    try {
      return plain(yaml.contents);
    } catch (error) {
      // Nesting too deep for the walk's recursion goes to toJS too, whose failure is reported as it always was.
      if (error !== NOT_PLAIN && !(error instanceof RangeError)) throw error;
    }
  }
  return yaml.toJS({ maxAliasCount });
}

function plain(node: Node | null): unknown {
  if (node === null) return null;
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map((item) => plain(item as Node | null));
  if (!isMap(node)) throw NOT_PLAIN;
  const map: Record<string, unknown> = {};
  for (const { key, value } of node.items) {
    // A list or mapping as a key is stringified by yaml in its own way: left to toJS.
    if (key !== null && !isScalar(key)) throw NOT_PLAIN;
    const jsKey = key === null ? null : key.value;
    if (jsKey !== null && typeof jsKey === 'object') throw NOT_PLAIN;
    const name = jsKey === null ? '' : String(jsKey);
    const data = plain(value as Node | null);
    // As toJS does: a key the object has already, even from its prototype ('constructor', '__proto__'), is defined
    // as its own property rather than assigned.
    if (name in map) Object.defineProperty(map, name, { value: data, writable: true, enumerable: true, configurable: true });
    else map[name] = data;
  }
  return map;
}
